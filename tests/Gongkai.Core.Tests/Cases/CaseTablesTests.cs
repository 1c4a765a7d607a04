using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed partial class CaseTablesTests
{
    [Fact]
    public void An_application_open_at_year_end_is_carried_forward_and_then_carried_over()
    {
        var c = NewCase("x", Day(2023, 12, 20), ApplicantKind.Research).Then(Decide(Day(2024, 1, 10), CaseOutcome.Granted));
        var column = RequestsTemplate.Research;

        var first = CaseTables.Build([c], [], 2023, TemplateVersion.V2021);
        var second = CaseTables.Build([c], [], 2024, TemplateVersion.V2021);

        Assert.Equal(1, first.Requests.ValueAt(RequestsTemplate.NewReceived, column));
        Assert.Equal(1, first.Requests.ValueAt(RequestsTemplate.CarriedForward, column));
        Assert.Equal(0, first.Requests.ValueAt(RequestsTemplate.Total, column));
        Assert.Equal(0, second.Requests.ValueAt(RequestsTemplate.NewReceived, column));
        Assert.Equal(1, second.Requests.ValueAt(RequestsTemplate.CarriedOver, column));
        Assert.Equal(1, second.Requests.ValueAt(RequestsTemplate.Granted, column));
        Assert.Equal(1, second.Requests.ValueAt(RequestsTemplate.Total, RequestsTemplate.TotalColumn));
        Assert.Equal(0, second.Requests.ValueAt(RequestsTemplate.CarriedForward, column));
        Assert.Equal(["x"], second.CasesBehind(RequestsTemplate.CarriedOver, column));
    }

    [Fact]
    public void A_case_closed_on_31_december_counts_in_its_row_and_is_not_carried()
    {
        var c = NewCase("y", Day(2023, 12, 1)).Then(new Withdrawn(Day(2023, 12, 31), Clerk, null));

        var year = CaseTables.Build([c], [], 2023, TemplateVersion.V2019);
        var next = CaseTables.Build([c], [], 2024, TemplateVersion.V2019);

        Assert.Equal(1, year.Requests.ValueAt(RequestsTemplate.OtherHandling, RequestsTemplate.NaturalPerson));
        Assert.Equal(0, year.Requests.ValueAt(RequestsTemplate.CarriedForward, RequestsTemplate.NaturalPerson));
        Assert.All(next.Requests.Rows.SelectMany(r => r.Cells), cell => Assert.Equal(0, cell.Value));
    }

    [Fact]
    public void Tables_have_every_template_row_and_column_as_computed_numbers()
    {
        var result = CaseTables.Build([], [], 2024, TemplateVersion.V2021);

        Assert.Equal(RequestsTemplate.For(TemplateVersion.V2021).Rows.Select(r => r.Key), result.Requests.Rows.Select(r => r.Key));
        Assert.Equal(AppealsTemplate.Table.Rows.Select(r => r.Key), result.Appeals.Rows.Select(r => r.Key));
        Assert.All(result.Requests.Rows.Concat(result.Appeals.Rows).SelectMany(r => r.Cells), cell =>
        {
            Assert.Equal(CellState.Number, cell.State);
            Assert.Equal(default, cell.Source);
        });
    }

    [Fact]
    public void Appeals_count_in_their_filing_year_and_are_pending_when_decided_later()
    {
        CaseAppeal[] appeals =
        [
            new("a1", "c1", AppealKind.Reconsideration, Day(2024, 2, 1), AppealResult.Upheld, Day(2024, 4, 1)),
            new("a2", "c2", AppealKind.Reconsideration, Day(2024, 11, 1), AppealResult.Corrected, Day(2025, 1, 15)),
            new("a3", "c3", AppealKind.LitigationDirect, Day(2024, 5, 1), AppealResult.Pending, null),
            new("a4", "c4", AppealKind.LitigationAfterReconsideration, Day(2024, 6, 1), AppealResult.Other, Day(2024, 9, 1)),
            new("a5", "c5", AppealKind.Reconsideration, Day(2023, 6, 1), AppealResult.Upheld, Day(2024, 1, 5)),
        ];

        var table = CaseTables.Build([], appeals, 2024, TemplateVersion.V2021).Appeals;

        Assert.Equal([1, 0, 0, 1, 2], Values(table, AppealsTemplate.Reconsideration));
        Assert.Equal([0, 0, 0, 1, 1], Values(table, AppealsTemplate.LitigationDirect));
        Assert.Equal([0, 0, 1, 0, 1], Values(table, AppealsTemplate.LitigationAfterReconsideration));
    }

    [Fact]
    public void Appeal_cells_name_the_cases_appealed()
    {
        var result = CaseTables.Build([], [new CaseAppeal("a1", "c9", AppealKind.LitigationDirect, Day(2024, 2, 1), AppealResult.Corrected, Day(2024, 8, 1))], 2024, TemplateVersion.V2021);

        Assert.Equal(["c9"], result.CasesBehind(AppealsTemplate.LitigationDirect, AppealsTemplate.Corrected));
        Assert.Equal(["c9"], result.CasesBehind(AppealsTemplate.LitigationDirect, AppealsTemplate.Total));
        Assert.Empty(result.CasesBehind(AppealsTemplate.Reconsideration, AppealsTemplate.Total));
    }

    private static decimal?[] Values(ReportTable table, RowKey row) => [.. AppealsTemplate.Columns.Select(c => table.ValueAt(row, c.Key))];
}
