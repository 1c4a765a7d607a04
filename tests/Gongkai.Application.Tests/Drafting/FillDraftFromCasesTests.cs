using Gongkai.Application.Cases.Tables;
using Gongkai.Application.Drafting;
using Gongkai.CaseBenchmarks;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Drafting;

public sealed class FillDraftFromCasesTests
{
    private const string Unit = "QC-YJ";
    private static readonly AccessScope Own = AccessScope.Unit(Unit);

    [Fact]
    public void Sets_tables_three_and_four_from_the_cases_and_keeps_the_rest_of_the_draft()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 400, new DateOnly(2026, 12, 1), seed: 5));
        var draft = StartDraft.Run(store, new StartDraftOptions { Scope = Own, UnitCode = Unit, Year = 2024, User = "u" }).Draft!;
        var typed = SaveDraft.Run(store, new DraftOptions
        {
            Scope = Own, DraftId = draft.Stored.Id, User = "u",
            Input = new DraftInput { Sections = new Dictionary<string, string?> { ["overview"] = "本机关认真贯彻落实《条例》。" }, Cells = new Dictionary<string, string?> { ["requests.granted.research"] = "99" } },
        }).Draft!;

        var filled = FillDraftFromCases.Run(store, new DraftOptions { Scope = Own, DraftId = draft.Stored.Id, Revision = typed.Stored.Revision, User = "u" });

        Assert.Null(filled.Failure);
        var tables = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = 2024 });
        Assert.Equal(Values(tables.Requests!), Values(filled.Draft!.Report.Requests!));
        Assert.Equal(Values(tables.Appeals!), Values(filled.Draft.Report.Appeals!));
        Assert.Equal("本机关认真贯彻落实《条例》。", filled.Draft.Report.Section(SectionKind.Overview)!.Text);
        Assert.Equal(typed.Stored.Revision + 1, filled.Draft.Stored.Revision);
        Assert.True(filled.Draft.Report.Requests!.ValueAt(RequestsTemplate.Total, RequestsTemplate.TotalColumn) > 0);
    }

    [Fact]
    public void A_draft_saved_since_is_not_overwritten_and_another_units_draft_is_not_found()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 50, new DateOnly(2026, 12, 1), seed: 5));
        var draft = StartDraft.Run(store, new StartDraftOptions { Scope = Own, UnitCode = Unit, Year = 2024, User = "u" }).Draft!;
        SaveDraft.Run(store, new DraftOptions { Scope = Own, DraftId = draft.Stored.Id, User = "另一位同事" });

        var stale = FillDraftFromCases.Run(store, new DraftOptions { Scope = Own, DraftId = draft.Stored.Id, Revision = draft.Stored.Revision, User = "u" });
        var other = FillDraftFromCases.Run(store, new DraftOptions { Scope = AccessScope.Unit("XX-JY"), DraftId = draft.Stored.Id, User = "u" });

        Assert.Equal(FailureKind.Conflict, stale.Failure!.Kind);
        Assert.Equal(FailureKind.NotFound, other.Failure!.Kind);
    }

    private static IEnumerable<(string, string, decimal?)> Values(ReportTable table) =>
        table.Rows.SelectMany(row => row.Cells.Select(c => (row.Key, c.Column, c.Value)));
}
