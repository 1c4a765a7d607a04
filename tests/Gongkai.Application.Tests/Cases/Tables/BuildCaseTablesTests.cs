using FsCheck;
using FsCheck.Fluent;
using Gongkai.Application.Cases.Tables;
using Gongkai.CaseBenchmarks;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.Cases.Tables;

/// <summary>
/// Tables 三 and 四 from the store's counts against <see cref="CaseTables.Build"/> over the same cases read back, on both
/// engines: equal in every cell, balanced, and each year's 结转下年度 the next year's 上年结转.
/// </summary>
public sealed class BuildCaseTablesTests
{
    private const string Unit = "QC-YJ";
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private static readonly AccessScope Own = AccessScope.Unit(Unit);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Tables_from_the_store_equal_the_case_tables_of_a_thousand_random_cases_read_back(string engine)
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2), Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            using var test = TestStore.Create(engine);
            using var store = test.Open();
            var unit = CaseUnitGenerator.Create(Unit, 1000, AsOf, seed);
            CaseUnitLoader.Load(store, unit);
            var cases = unit.Cases.Select(c => store.Cases.Get(c.Id, Own)!.Case).ToList();
            static (string, DateOnly, DateOnly?, CaseOutcome?, ApplicantKind, int) Facts(RequestCase c) => (c.Id, c.Received, c.ClosedOn, c.Outcome, c.Applicant.Kind, c.Steps.Count);
            Assert.Equal(unit.Cases.Select(Facts), cases.Select(Facts));
            foreach (var edition in new[] { TemplateVersion.V2019, TemplateVersion.V2021 })
            {
                for (var year = AsOf.Year - 4; year <= AsOf.Year; year++)
                {
                    var built = Build(store, year, edition);
                    var expected = CaseTables.Build(cases, unit.Appeals, year, edition);
                    Assert.Null(built.Failure);
                    CaseTablesAssert.SameCells(expected.Requests, built.Requests!);
                    CaseTablesAssert.SameCells(expected.Appeals, built.Appeals!);
                    CaseTablesAssert.Balanced(year, edition, built.Requests!, built.Appeals!);
                }
            }
        }));
    }

    [Fact]
    public void Each_years_cases_carried_forward_are_the_next_years_carried_over()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 1000, AsOf, seed: 7));

        for (var year = AsOf.Year - 4; year < AsOf.Year; year++)
        {
            var forward = Build(store, year, TemplateVersion.V2021).Requests![RequestsTemplate.CarriedForward]!;
            var over = Build(store, year + 1, TemplateVersion.V2021).Requests![RequestsTemplate.CarriedOver]!;
            Assert.Equal(forward.Cells.Select(c => (c.Column, c.Value)), over.Cells.Select(c => (c.Column, c.Value)));
            Assert.True(forward.Cells.Single(c => c.Column == RequestsTemplate.TotalColumn).Value > 0);
        }
    }

    [Fact]
    public void The_format_defaults_to_the_years_and_another_is_built_with_a_note()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 200, AsOf, seed: 3));

        var required = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = 2020 });
        var asked = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = 2025, Edition = "2019" });

        Assert.Equal((TemplateVersion.V2019, (string?)null), (required.Edition, required.EditionNote));
        Assert.NotNull(required.Requests![RequestsTemplate.OtherHandling]);
        Assert.Equal(TemplateVersion.V2019, asked.Edition);
        Assert.Equal("注意：2025 年度报告应使用 2021版，这里按要求生成的是 2019版。", asked.EditionNote);
    }

    [Fact]
    public void Another_units_tables_a_bad_format_and_a_bad_year_are_refused_in_chinese()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        CaseUnitLoader.Load(store, CaseUnitGenerator.Create(Unit, 10, AsOf, seed: 3));
        store.ImportRegistry([CaseUnitLoader.Unit("XX-JY") with { Name = "某某县教育局" }]);

        var other = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = AccessScope.Unit("XX-JY"), UnitCode = Unit, Year = 2025 });
        var publicScope = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = AccessScope.Public, UnitCode = Unit, Year = 2025 });
        var edition = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = 2025, Edition = "2020" });
        var year = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = 25 });

        Assert.Equal((FailureKind.NotFound, "没有找到单位“QC-YJ”，或您无权查看它的办件。"), (other.Failure!.Kind, other.Failure.Message));
        Assert.Equal(FailureKind.NotFound, publicScope.Failure!.Kind);
        Assert.Equal((FailureKind.BadUsage, "未知的表格格式“2020”：应为 2019 或 2021。"), (edition.Failure!.Kind, edition.Failure.Message));
        Assert.Equal(FailureKind.BadUsage, year.Failure!.Kind);
        Assert.Null(other.Requests);
    }

    private static CaseTablesView Build(ReportStore store, int year, TemplateVersion edition) =>
        BuildCaseTables.Run(store, new CaseTablesOptions { Scope = Own, UnitCode = Unit, Year = year, Edition = edition.ToJsonValue() });
}
