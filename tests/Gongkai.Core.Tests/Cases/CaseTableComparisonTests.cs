using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseTableComparisonTests
{
    private static readonly RequestCase[] Cases =
    [
        NewCase("c1", Day(2024, 2, 1)).Then(Decide(Day(2024, 2, 20), CaseOutcome.Granted)),
        NewCase("c2", Day(2024, 3, 1)).Then(Decide(Day(2024, 3, 20), CaseOutcome.Granted)),
        NewCase("c3", Day(2024, 4, 1), ApplicantKind.Commercial).Then(Decide(Day(2024, 4, 20), CaseOutcome.PartiallyGranted)),
    ];

    [Fact]
    public void A_report_equal_to_the_cases_has_no_finding()
    {
        var computed = CaseTables.Build(Cases, [], 2024, TemplateVersion.V2021);

        Assert.Empty(CaseTableComparison.Compare(computed, Published(computed.Requests, computed.Appeals)));
    }

    [Fact]
    public void A_differing_cell_names_its_labels_and_the_cases_behind_it()
    {
        var computed = CaseTables.Build(Cases, [], 2024, TemplateVersion.V2021);
        var requests = Replace(computed.Requests, RequestsTemplate.Granted, RequestsTemplate.NaturalPerson, 3);

        var finding = Assert.Single(CaseTableComparison.Compare(computed, Published(requests, computed.Appeals)));

        Assert.Equal((TableKind.Requests, RequestsTemplate.Granted, RequestsTemplate.NaturalPerson, 3m, 2m), (finding.Table, finding.Row, finding.Column, finding.Published, finding.Computed));
        Assert.Equal(["c1", "c2"], finding.CaseIds);
        Assert.Equal("表三「（一）予以公开」行「自然人」列：年度报告填报 3，按办件统计为 2（办件：依申请〔2024〕c1号、依申请〔2024〕c2号）。", finding.Message);
    }

    [Fact]
    public void A_missing_table_differs_in_every_cell()
    {
        var computed = CaseTables.Build(Cases, [], 2024, TemplateVersion.V2021);

        var findings = CaseTableComparison.Compare(computed, new AnnualReport { Requests = computed.Requests });

        Assert.Equal(15, findings.Count);
        Assert.All(findings, f => Assert.Equal(TableKind.Appeals, f.Table));
        Assert.Contains("此格为空或缺失", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("没有对应的办件", findings[0].Message, StringComparison.Ordinal);
    }

    private static AnnualReport Published(ReportTable requests, ReportTable appeals) =>
        new() { Agency = "某某市某某局", Year = 2024, Template = TemplateVersion.V2021, Requests = requests, Appeals = appeals };

    private static ReportTable Replace(ReportTable table, RowKey row, ColumnKey column, decimal value) => table with
    {
        Rows = [.. table.Rows.Select(r => r.Key != row ? r : r with { Cells = [.. r.Cells.Select(c => c.Column == column ? Cell.Number(column, CellKind.Count, value) : c)] })],
    };
}
