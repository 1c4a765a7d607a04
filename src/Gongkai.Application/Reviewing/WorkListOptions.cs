using Gongkai.Store;

namespace Gongkai.Application.Reviewing;

/// <summary>Which audit to show as a work list, for whom.</summary>
public sealed record WorkListOptions
{
    /// <summary>Who is asking: only findings on reports and units inside the scope are listed.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The region (a registry path or one of its names), or <see langword="null"/> for all in the scope.</summary>
    public string? Region { get; init; }

    /// <summary>The year audited; <see langword="null"/> for the latest year with a report in the scope.</summary>
    public int? Year { get; init; }

    /// <summary>Which findings to list.</summary>
    public WorkListFilter Filter { get; init; } = WorkListFilter.All;

    /// <summary>The caller's account name (for <see cref="WorkListFilter.Mine"/>).</summary>
    public string? User { get; init; }
}
