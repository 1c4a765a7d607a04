using Gongkai.Core.Model;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The generator behind the round-trip property draws what the issue asks for, so the property is not vacuous.</summary>
public sealed class RandomReportsTests
{
    private static readonly IReadOnlyList<AnnualReport> Reports = Enumerable.Range(0, 2000).Select(i => RandomReports.Create(5_2025, i)).ToList();

    [Fact]
    public void Covers_both_editions_and_every_year_with_the_edition_it_requires()
    {
        Assert.Equal(1000, Reports.Count(r => r.Template == TemplateVersion.V2019));
        Assert.All(Reports, r => Assert.Equal(TemplateVersionExtensions.RequiredFor(r.Year!.Value), r.Template));
        Assert.Equal(Enumerable.Range(2019, 12), Reports.Select(r => r.Year!.Value).Distinct().Order());
    }

    [Fact]
    public void Covers_absent_dates_blank_cells_empty_or_missing_sections_and_many_agencies()
    {
        Assert.InRange(Reports.Count(r => r.PublishedOn is null), 100, 600);
        Assert.All(Reports.Where(r => r.PublishedOn is not null), r => Assert.InRange(r.PublishedOn!.Value.Month, 1, 3));
        Assert.InRange(Reports.Count(r => Cells(r).Any(c => c.IsBlank)), 100, 600);
        Assert.Contains(Reports, r => r.Sections.Any(s => s.Text.Length == 0));
        Assert.Contains(Reports, r => r.Sections.Count == 5);
        Assert.True(Reports.Select(r => r.Agency).Distinct().Count() > 1500);
        Assert.Contains(Reports, r => r.Agency!.EndsWith("街道办事处", StringComparison.Ordinal));
        Assert.Contains(Reports, r => r.Agency!.EndsWith("管理委员会", StringComparison.Ordinal));
    }

    [Fact]
    public void Covers_zeros_large_counts_signed_changes_and_money_with_decimals()
    {
        var cells = Reports.SelectMany(Cells).Where(c => c.Value is not null).ToList();
        Assert.True(cells.Count(c => c.Value == 0) > cells.Count / 2, "mostly zeros");
        Assert.Contains(cells, c => c.Kind == CellKind.Count && c.Value >= 10000);
        Assert.Contains(cells, c => c.Kind == CellKind.Change && c.Value < 0);
        Assert.Contains(cells, c => c.Kind == CellKind.Change && c.Raw.StartsWith('增'));
        Assert.Equal([0, 1, 2, 3, 4], cells.Where(c => c.Kind == CellKind.Money).Select(c => (int)c.Value!.Value.Scale).Distinct().Order());
    }

    private static IEnumerable<Cell> Cells(AnnualReport report) =>
        new[] { report.Proactive, report.Requests, report.Appeals }.SelectMany(t => t!.Rows).SelectMany(r => r.Cells);
}
