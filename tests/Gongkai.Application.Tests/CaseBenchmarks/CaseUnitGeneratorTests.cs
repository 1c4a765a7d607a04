using Gongkai.Application.Cases.Tables;
using Gongkai.CaseBenchmarks;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Store;
using Gongkai.Store.Tests;

namespace Gongkai.Application.Tests.CaseBenchmarks;

/// <summary>The case benchmark's builder on 1,000 cases: a realistic register, stored whole, whose tables are right (no timing).</summary>
public sealed class CaseUnitGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    [Fact]
    public void Builds_a_realistic_register_of_five_years_that_stores_whole_and_counts_right()
    {
        var unit = CaseUnitGenerator.Create("QC-YJ", 1000, AsOf, seed: 15);
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();

        CaseUnitLoader.Load(store, unit);

        var open = unit.Cases.Count(c => c.ClosedOn is null);
        Assert.InRange(open, 15, 60); // about 3 %
        Assert.Equal(Enumerable.Range(AsOf.Year - 4, 5), unit.Cases.Select(c => c.Received.Year).Distinct().Order());
        Assert.All(unit.Cases, c => Assert.True(c.Steps.All(s => s.Date <= AsOf) && c.Received <= AsOf));
        Assert.Equal(ApplicantKinds.All.Count, unit.Cases.Select(c => c.Applicant.Kind).Distinct().Count());
        Assert.True(unit.Cases.Select(c => c.Outcome).Distinct().Count() >= 15);
        Assert.Contains(unit.Cases, c => c.Steps.OfType<CorrectionSupplied>().Any());
        Assert.Contains(unit.Cases, c => c.Steps.OfType<Extended>().Any());
        Assert.NotEmpty(unit.Appeals);
        Assert.Equal(unit.Cases.Count, unit.Due.Count);
        Assert.Equal(unit.Cases.Count, unit.Cases.Select(c => c.Number).Distinct().Count());
        Assert.Equal(open, store.Cases.OverdueByUnit(AsOf, AccessScope.All).Single().Open);
        for (var year = AsOf.Year - 4; year <= AsOf.Year; year++)
        {
            var built = BuildCaseTables.Run(store, new CaseTablesOptions { Scope = AccessScope.All, UnitCode = "QC-YJ", Year = year });
            var expected = CaseTables.Build(unit.Cases, unit.Appeals, year, TemplateVersionExtensions.RequiredFor(year));
            Assert.Equal(Values(expected.Requests), Values(built.Requests!));
            Assert.Equal(Values(expected.Appeals), Values(built.Appeals!));
        }
    }

    private static IEnumerable<(string, string, decimal?)> Values(ReportTable table) =>
        table.Rows.SelectMany(row => row.Cells.Select(c => (row.Key, c.Column, c.Value)));
}
