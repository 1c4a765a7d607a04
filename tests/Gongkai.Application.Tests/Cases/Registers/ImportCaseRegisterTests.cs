using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gongkai.Application.Cases.Registers;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Store;
using Gongkai.Store.Cases;
using Gongkai.Store.Registry;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Cases.Registers;

public sealed class ImportCaseRegisterTests
{
    private static readonly RegisteredUnit Unit = new("QC-YJ", "青川县应急管理局", "部门", "某某省/青川县", null, []);
    private static readonly RegisteredUnit Neighbour = new("QC-JY", "青川县教育局", "部门", "某某省/青川县", null, []);
    private static readonly AccessScope Scope = AccessScope.Unit(Unit.Code);
    private static readonly DateOnly Today = new(2026, 1, 5);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Random_cases_exported_and_imported_into_an_empty_store_are_the_same_cases(string engine)
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(engine == "sqlite" ? 6 : 3), Prop.ForAll(Gen.Choose(0, int.MaxValue).ArrayOf().ToArbitrary(), seeds =>
        {
            var cases = seeds.Take(25).Select((seed, i) => RandomCases.Make(seed, Unit.Code, i)).ToList();
            using var first = NewStore(engine, out var store);
            var imported = Import(store, RegisterReaderTests.Workbook(cases));
            Assert.Null(imported.Failure);
            Assert.Equal(cases.Count, imported.Added);
            Assert.Equal(Sorted(cases), Sorted(Stored(store)));

            var export = ExportCaseRegister.Run(store, new ExportCaseRegisterOptions { Scope = Scope, UnitId = Unit.Code });
            Assert.Null(export.Failure);
            using var second = NewStore(engine, out var empty);
            Assert.Equal(cases.Count, Import(empty, export.Content).Added);
            Assert.Equal(Sorted(cases), Sorted(Stored(empty)));

            // Importing the same register again changes nothing.
            var again = Import(store, export.Content);
            Assert.Equal((0, 0, cases.Count), (again.Added, again.Updated, again.Unchanged));
        }));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Reimporting_a_changed_register_updates_the_changed_case_and_stores_its_deadline(string engine)
    {
        using var test = NewStore(engine, out var store);
        var csv = Header + "2026-0001,2025-12-01,自然人,张某某,当面,应急预案,王某某,,\n2026-0002,2025-12-02,自然人,李某,当面,检查记录,王某某,,\n";
        Assert.Equal(2, Import(store, Encoding.UTF8.GetBytes(csv)).Added);

        var changed = csv.Replace("检查记录,王某某,,", "检查记录,王某某,予以公开,2025-12-10", StringComparison.Ordinal);
        var result = Import(store, Encoding.UTF8.GetBytes(changed));

        Assert.Equal((0, 1, 1, 0), (result.Added, result.Updated, result.Unchanged, result.ErrorRows));
        var rows = store.Cases.List(new CaseQuery { UnitId = Unit.Code }, Scope);
        Assert.Equal(CaseOutcome.Granted, rows.Single(r => r.Number == "2026-0002").Outcome);
        Assert.Equal(2, rows.Single(r => r.Number == "2026-0002").Version);
        // 20 working days from 2025-12-01 (条例 art. 33): the deadline the case use cases store.
        Assert.Equal(new DateOnly(2025, 12, 29), rows.Single(r => r.Number == "2026-0001").Due);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_bad_row_stops_the_whole_import_unless_partial_is_asked_for(string engine)
    {
        using var test = NewStore(engine, out var store);
        var csv = Encoding.UTF8.GetBytes(Header + "A-1,2025-12-01,自然人,张某某,当面,应急预案,王某某,,\nA-2,2025-12-01,公司,某公司,当面,记录,王某某,,\n");

        var refused = Import(store, csv);
        var dry = ImportCaseRegister.Run(store, Options(csv) with { Partial = true, DryRun = true });
        var partial = ImportCaseRegister.Run(store, Options(csv) with { Partial = true });

        Assert.NotNull(refused.Failure);
        Assert.Contains("1 行有错误，未导入任何申请", refused.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(["第 3 行「申请人类型」：“公司” 不是可选值（可选：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）。"], refused.Errors);
        Assert.Equal((1, 1, true), (dry.Added, dry.ErrorRows, dry.DryRun));
        Assert.Null(partial.Failure);
        Assert.Equal((1, 1), (partial.Added, partial.ErrorRows));
        Assert.Equal(["A-1"], store.Cases.List(new CaseQuery { UnitId = Unit.Code }, Scope).Select(r => r.Number));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Only_a_unit_in_the_callers_scope_that_handles_cases_can_import(string engine)
    {
        using var test = NewStore(engine, out var store);
        var csv = Encoding.UTF8.GetBytes(Header + "A-1,2025-12-01,自然人,张某某,当面,应急预案,王某某,,\n");

        var other = ImportCaseRegister.Run(store, Options(csv) with { UnitId = Neighbour.Code });
        var region = ImportCaseRegister.Run(store, Options(csv) with { Scope = AccessScope.Region("某某省") });

        Assert.Equal(FailureKind.NotFound, other.Failure?.Kind);
        Assert.Equal(FailureKind.Forbidden, region.Failure?.Kind);
        Assert.Empty(store.Cases.List(new CaseQuery(), AccessScope.All));
    }

    private const string Header = "申请编号,收到申请日期,申请人类型,申请人姓名/名称,申请方式,申请内容,经办人,办理结果,答复日期\n";

    private static TestStore NewStore(string engine, out ReportStore store)
    {
        var test = TestStore.Create(engine);
        store = test.Open();
        store.ImportRegistry([Unit, Neighbour]);
        return test;
    }

    private static ImportCaseRegisterOptions Options(byte[] content) =>
        new() { Scope = Scope, User = "导入人", UnitId = Unit.Code, Content = content, FileName = "台账.xlsx", Today = Today };

    private static ImportCaseRegisterResult Import(ReportStore store, byte[] content) => ImportCaseRegister.Run(store, Options(content));

    private static List<RequestCase> Stored(ReportStore store) =>
        [.. store.Cases.List(new CaseQuery { UnitId = Unit.Code, PageSize = 500 }, Scope).Select(s => store.Cases.Get(s.Id, Scope)!.Case)];

    private static List<string> Sorted(IEnumerable<RequestCase> cases) => [.. cases.Select(c => CaseJson.Write(c with { Id = "" })).Order(StringComparer.Ordinal)];
}
