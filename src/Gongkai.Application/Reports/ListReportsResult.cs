using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>One page of reports, or why the store failed.</summary>
public sealed record ListReportsResult
{
    /// <summary>The page (its reports and the listing's total), <see langword="null"/> on failure.</summary>
    public ReportPage? Page { get; init; }

    /// <summary>The page number served (from 1).</summary>
    public int PageNumber { get; init; }

    /// <summary>The page size served.</summary>
    public int PageSize { get; init; }

    /// <summary>Why the listing failed, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
