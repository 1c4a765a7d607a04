using Gongkai.Core.Model;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests.Queries;

/// <summary>
/// Roll-ups read the packed cells of each current version (<c>version_cells</c>): over random stores they give exactly
/// the totals summed from the facts, for every filter a roll-up is asked with.
/// </summary>
public sealed class StoreQueriesTests
{
    public static TheoryData<string, int> EnginesAndSeeds
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var engine in TestStore.Engines)
            {
                foreach (var seed in new[] { 1, 2, 3 })
                {
                    data.Add(engine, seed);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EnginesAndSeeds))]
    public void Totals_from_the_packed_cells_equal_the_totals_summed_from_the_facts(string engine, int seed)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var units = RandomStore.Fill(store, seed);
        var queries = new StoreQueries(store);

        foreach (var filter in Filters(units))
        {
            var expected = FactTotals.Of(store, filter);
            Assert.Equal(FactTotals.Print(expected), FactTotals.Print(queries.Totals(filter)));
        }

        // The store is not trivial: versions moved by the registry import, summaries left out, fractions summed.
        Assert.Empty(store.FindInconsistencies());
        var all = queries.Totals(ReportFilter.All);
        Assert.Equal(5, all.Count);
        Assert.Contains(all, t => t.SummaryReports > 0);
        Assert.Contains(all.SelectMany(t => t.Cells), c => c.Sum != decimal.Truncate(c.Sum));
        Assert.Contains(all.SelectMany(t => t.Cells), c => c.Blank > 0);
        Assert.Contains(store.Reports(), r => r.MatchKind == "alias");
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Making_an_older_version_current_sums_that_version_with_nothing_rewritten(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var cell = CellKey.AllTemplateCells[0];
        var older = RandomStore.Save(store, "南山林场", 2022, [new(cell, CellState.Number, 1.25m)], new DateOnly(2023, 1, 10), UnitMatch.None);
        RandomStore.Save(store, "南山林场", 2022, [new(cell, CellState.Number, 40)], new DateOnly(2023, 1, 20), UnitMatch.None);
        var queries = new StoreQueries(store);
        var packed = store.Db.Scalar<long>("SELECT COUNT(*) FROM version_cells");
        Assert.Equal(40m, queries.Totals(null, 2022)[cell.Path]);

        store.MakeCurrent(older);

        Assert.Equal(1.25m, queries.Totals(null, 2022)[cell.Path]);
        Assert.Equal(packed, store.Db.Scalar<long>("SELECT COUNT(*) FROM version_cells"));
        Assert.Empty(store.FindInconsistencies());
    }

    // Every filter a roll-up is asked with: the CLI's region and years, a region admin's scope, the public's, a unit's,
    // and the listing's filters (a roll-up of the web's filtered list).
    private static IEnumerable<ReportFilter> Filters(IReadOnlyList<RegisteredUnit> units)
    {
        AccessScope[] scopes = [AccessScope.All, AccessScope.Public, AccessScope.Region("江北省/东坡市"), AccessScope.Unit(units[4].Code)];
        foreach (var scope in scopes)
        {
            yield return new ReportFilter { Scope = scope };
            yield return ReportFilter.ForYear(scope, 2021);
            yield return ReportFilter.ForYear(scope, 2022, "江北省/东坡市");
            yield return new ReportFilter { Scope = scope, Region = "西岭市", FromYear = 2020, ToYear = 2022 };
            yield return new ReportFilter { Scope = scope, Region = "河口县" };
            yield return new ReportFilter { Scope = scope, Region = "江北省/西岭市/南湖区", FromYear = 2023 };
            yield return new ReportFilter { Scope = scope, Region = "没有的地方" };
            yield return new ReportFilter { Scope = scope, Agency = units[1].Code };
            yield return new ReportFilter { Scope = scope, Agency = "原" + units[1].Name };
            yield return new ReportFilter { Scope = scope, Published = false };
            yield return new ReportFilter { Scope = scope, NameContains = "教育" };
            yield return new ReportFilter { Scope = scope, Status = ReportStatus.Clean, ToYear = 2020 };
        }
    }
}
