using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>The report's publication after the change, or why not.</summary>
public sealed record PublishResult
{
    /// <summary>The report as it now stands, <see langword="null"/> on failure.</summary>
    public StoredReport? Report { get; init; }

    /// <summary>Whether its state changed (publishing a published report changes nothing).</summary>
    public bool Changed { get; init; }

    /// <summary>A one-line Chinese description of the outcome, for the page and the audit log.</summary>
    public string? Description { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
