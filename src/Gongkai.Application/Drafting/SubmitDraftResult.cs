using Gongkai.Store.Importing;

namespace Gongkai.Application.Drafting;

/// <summary>What submitting a draft stored, or why nothing was.</summary>
public sealed record SubmitDraftResult
{
    /// <summary>The stored report (shown in 报告列表 and 报告详情 like any), or 0 on failure.</summary>
    public long ReportId { get; init; }

    /// <summary>The version the submission is (1 for the first, or the existing version with the same content).</summary>
    public int Version { get; init; }

    /// <summary>What the store did with it.</summary>
    public SaveOutcome? Outcome { get; init; }

    /// <summary>The warnings stored with it (a submission with errors is refused).</summary>
    public int Warnings { get; init; }

    /// <summary>A Chinese line saying what happened, for the audit log and the page.</summary>
    public string Description { get; init; } = "";

    /// <summary>Why nothing was stored, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
