using Gongkai.Store;
using Gongkai.Store.Queries;

namespace Gongkai.Application.RollingUp;

/// <summary>A region's totals, one entry per year that has reports.</summary>
public sealed record RollUpResult
{
    /// <summary>The reports totalled: the region and the years asked for.</summary>
    public required ReportFilter Filter { get; init; }

    /// <summary>Every cell's total and the derived indicators, by year; empty when no report was imported for those years.</summary>
    public required IReadOnlyList<RegionTotals> Totals { get; init; }
}
