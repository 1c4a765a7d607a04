using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>Which reports to list (报告列表, <c>GET /api/v1/reports</c>), for whom, in what order, which page.</summary>
public sealed record ListReportsOptions
{
    /// <summary>Who is asking: only reports in this scope are listed.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>A region path or segment, or <see langword="null"/>.</summary>
    public string? Region { get; init; }

    /// <summary>One year, or <see langword="null"/>.</summary>
    public int? Year { get; init; }

    /// <summary>Only reports in this state, or <see langword="null"/>.</summary>
    public ReportStatus? Status { get; init; }

    /// <summary>Only published (<see langword="true"/>) or unpublished (<see langword="false"/>) reports, or both.</summary>
    public bool? Published { get; init; }

    /// <summary>Text the agency or unit name contains, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The order.</summary>
    public ReportSort Sort { get; init; } = ReportSort.Region;

    /// <summary>The page, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Reports per page.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The reports these options select (every page), in the caller's scope.</summary>
    internal ReportFilter ToFilter() => new()
    {
        Scope = Scope,
        Region = Region,
        FromYear = Year,
        ToYear = Year,
        Status = Status,
        Published = Published,
        NameContains = Name,
    };

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page served.</summary>
    public const int MaxPageSize = 500;
}
