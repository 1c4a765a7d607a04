using System.Globalization;
using Gongkai.Application.Cases.Tables;
using Gongkai.Application.Drafting;
using Gongkai.CaseBenchmarks;
using Gongkai.Core.Cases;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Cases.Tables;

/// <summary>
/// The tables from the cases against the unit's stored report (submitted from a draft filled from the cases, with a few
/// cells changed): each differing cell named by the catalogue's labels, with both values and the cases behind the count.
/// </summary>
public sealed class CompareCaseTablesTests
{
    private const string Unit = "QC-YJ";
    private const int Year = 2025;
    private static readonly AccessScope Own = AccessScope.Unit(Unit);
    private static readonly CaseTablesOptions Options = new() { Scope = Own, UnitCode = Unit, Year = Year };

    [Fact]
    public void A_report_equal_to_the_cases_has_no_finding_and_each_changed_cell_is_one_naming_its_cases()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        var unit = CaseUnitGenerator.Create(Unit, 600, new DateOnly(2026, 12, 1), seed: 11);
        CaseUnitLoader.Load(store, unit);
        var expected = CaseTables.Build(unit.Cases, unit.Appeals, Year, TemplateVersion.V2021);
        var granted = expected.Requests.ValueAt(RequestsTemplate.Granted, RequestsTemplate.NaturalPerson)!.Value;
        var notHeld = expected.Requests.ValueAt(RequestsTemplate.NotHeld, RequestsTemplate.NaturalPerson)!.Value;
        var upheld = expected.Appeals.ValueAt(AppealsTemplate.Reconsideration, AppealsTemplate.Upheld)!.Value;

        Submit(store, []);
        var equal = CompareCaseTables.Run(store, Options);
        Submit(store, new Dictionary<string, string>
        {
            ["requests.granted.naturalPerson"] = Text(granted + 1),
            ["requests.unavailable.notHeld.naturalPerson"] = Text(notHeld - 1),
            ["appeals.reconsideration.upheld"] = Text(upheld + 1),
        });
        var compared = CompareCaseTables.Run(store, Options);

        Assert.Null(equal.Failure);
        Assert.NotNull(equal.Report);
        Assert.Empty(equal.Findings);
        Assert.Equal(
            [
                (TableKind.Requests, "granted", "naturalPerson"), (TableKind.Requests, "granted", "total"),
                (TableKind.Requests, "unavailable.notHeld", "naturalPerson"), (TableKind.Requests, "unavailable.notHeld", "total"),
                (TableKind.Appeals, "reconsideration", "upheld"), (TableKind.Appeals, "reconsideration", "total"),
            ],
            compared.Findings.Select(f => (f.Table, f.Row.Value, f.Column.Value)));
        var first = compared.Findings[0];
        var behind = expected.CasesBehind(RequestsTemplate.Granted, RequestsTemplate.NaturalPerson);
        Assert.Equal((granted + 1, granted), (first.Published!.Value, first.Computed));
        Assert.Equal(behind.Take(CaseTableComparison.NumbersListed), first.CaseIds);
        var numbers = string.Join("、", behind.Take(CaseTableComparison.NumbersListed).Select(expected.NumberOf));
        Assert.Equal(
            $"表三「（一）予以公开」行「自然人」列：年度报告填报 {Text(granted + 1)}，按办件统计为 {Text(granted)}（办件：{numbers} 等 {behind.Count} 件）。",
            first.Message);
        var appeal = compared.Findings[4];
        Assert.Equal(expected.CasesBehind(AppealsTemplate.Reconsideration, AppealsTemplate.Upheld), appeal.CaseIds);
        Assert.Contains($"按办件统计为 {Text(upheld)}", appeal.Message, StringComparison.Ordinal);
        Assert.All(compared.Findings.SelectMany(f => f.CaseIds), id => Assert.Equal(expected.NumberOf(id), compared.Numbers[id]));
        Assert.Equal(CaseTableComparison.Compare(expected, store.LoadCurrent(compared.Report!.ReportId)!).Select(f => f.Message).Take(4), compared.Findings.Select(f => f.Message).Take(4));
    }

    [Fact]
    public void Without_a_stored_report_there_is_nothing_to_compare_and_it_says_so()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 50, new DateOnly(2026, 12, 1), seed: 2));

        var compared = CompareCaseTables.Run(store, Options);

        Assert.Null(compared.Failure);
        Assert.Null(compared.Report);
        Assert.Empty(compared.Findings);
        Assert.Equal("数据库中没有 青川县应急管理局 2025 年度的报告，无从比对。", compared.Note);
        Assert.NotNull(compared.Tables.Requests);
    }

    // The unit's 2025 draft filled from the cases, table 二 all 0, the changes typed over it, then submitted.
    private static void Submit(ReportStore store, Dictionary<string, string> changes)
    {
        var draft = StartDraft.Run(store, new StartDraftOptions { Scope = Own, UnitCode = Unit, Year = Year, User = "u" }).Draft!;
        var filled = FillDraftFromCases.Run(store, new DraftOptions { Scope = Own, DraftId = draft.Stored.Id, Revision = draft.Stored.Revision, User = "u" });
        Assert.Null(filled.Failure);
        var totals = filled.Draft!.Totals.Select(t => t.Total).ToHashSet();
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in filled.Draft.Report.Proactive!.Rows)
        {
            foreach (var cell in row.Cells.Where(c => !totals.Contains(new CellRef(TableKind.Proactive, row.Key, c.Column))))
            {
                cells[new CellRef(TableKind.Proactive, row.Key, cell.Column).Path] = "0";
            }
        }

        foreach (var (path, text) in changes)
        {
            cells[path] = text;
        }

        var saved = SaveDraft.Run(store, new DraftOptions
        {
            Scope = Own, DraftId = draft.Stored.Id, Revision = filled.Draft.Stored.Revision, User = "u", Input = new DraftInput { Cells = cells, PublishedOn = "2026-01-20" },
        });
        Assert.Null(saved.Failure);
        var submitted = SubmitDraft.Run(store, new DraftOptions { Scope = Own, DraftId = draft.Stored.Id, User = "u" });
        Assert.Null(submitted.Failure);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
