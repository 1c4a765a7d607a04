using Gongkai.Store.Database;

namespace Gongkai.Store.Queries;

/// <summary>One cell summed over reports.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Sum">The sum of the reports that print a number in it.</param>
/// <param name="Reporting">How many reports print a number in it.</param>
/// <param name="Blank">How many reports leave it blank or unreadable (not counted in <paramref name="Sum"/>).</param>
public sealed record CellTotal(CellKey Cell, decimal Sum, int Reporting, int Blank);

/// <summary>The totals of a region for one year.</summary>
/// <param name="Region">The region as asked (<see langword="null"/>: every report).</param>
/// <param name="Year">The year.</param>
/// <param name="Reports">Reports summed (summary reports excluded).</param>
/// <param name="SummaryReports">Summary reports (汇总) left out so that their units are not counted twice.</param>
/// <param name="Cells">Every cell printed by at least one report, in template order.</param>
public sealed record RegionTotals(string? Region, int Year, int Reports, int SummaryReports, IReadOnlyList<CellTotal> Cells)
{
    /// <summary>The total of <paramref name="path"/> (<c>requests.total.total</c>), or <see langword="null"/> when no report prints it.</summary>
    public decimal? this[string path] => Cells.FirstOrDefault(c => c.Cell.Path == path) is { Reporting: > 0 } cell ? cell.Sum : null;

    /// <summary>The derived indicators of the totals.</summary>
    public Indicators Indicators => Indicators.From(path => this[path]);
}
