using Gongkai.Store.Database;
using Gongkai.Store.Queries;
using Gongkai.Store.Tests.Queries;

namespace Gongkai.Store.Tests.Database;

/// <summary>
/// The packed cells of each version (<c>version_cells</c>): filled in from the facts when a store written before
/// migration 0013 is opened, and checked against the facts by <see cref="ReportStore.FindInconsistencies"/>.
/// </summary>
public sealed class VersionCellsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_store_written_before_migration_0013_gets_the_packed_cells_of_its_facts_and_rolls_up_as_before(string engine)
    {
        using var test = TestStore.Create(engine);
        Dictionary<long, string> written;
        using (var store = test.Open())
        {
            RandomStore.Fill(store, seed: 7);
            written = Packed(store);

            // The store as gongkai wrote it at migration 0012: the same tables and rows, without version_cells.
            store.Db.Execute("DROP TABLE version_cells");
            store.Db.Execute("DELETE FROM schema_migrations WHERE version = 13");
        }

        using var upgraded = test.Open();

        Assert.Equal(written, Packed(upgraded));
        Assert.True(written.Count > 50);
        foreach (var filter in new[] { ReportFilter.All, ReportFilter.ForYear(AccessScope.All, 2021, "东坡市"), ReportFilter.ForYear(AccessScope.Region("江北省/西岭市"), 2023) })
        {
            Assert.Equal(FactTotals.Print(FactTotals.Of(upgraded, filter)), FactTotals.Print(new StoreQueries(upgraded).Totals(filter)));
        }

        Assert.Empty(upgraded.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_version_without_packed_cells_is_reported_in_chinese(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        RandomStore.Fill(store, seed: 8);

        store.Db.Execute("DELETE FROM version_cells WHERE version_id = (SELECT MIN(version_id) FROM version_cells)");

        Assert.Equal(["版本没有供汇总统计使用的打包单元格数据：1 处"], store.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Packed_cells_that_disagree_with_the_facts_or_the_summary_flag_are_reported_in_chinese(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        RandomStore.Fill(store, seed: 9);
        var versions = store.Db.Query("SELECT version_id FROM version_cells ORDER BY version_id", r => r.Long(0));

        store.Db.Execute("UPDATE version_cells SET cells = @c WHERE version_id = @v", ("c", PackedCells.Pack([(1L, 0, 12345m)])), ("v", versions[0]));
        store.Db.Execute("UPDATE version_cells SET is_summary = @s WHERE version_id = @v",
            ("s", !store.Db.Scalar<bool>("SELECT is_summary FROM version_cells WHERE version_id = @v", ("v", versions[^1]))), ("v", versions[^1]));

        Assert.Equal(["版本供汇总统计使用的打包单元格数据与其单元格数据不一致：2 处"], store.FindInconsistencies());
    }

    private static Dictionary<long, string> Packed(ReportStore store) =>
        store.Db.Query("SELECT version_id, is_summary, cells FROM version_cells", r => (Id: r.Long(0), Row: $"{r.Bool(1)} {Convert.ToHexString(r.GetFieldValue<byte[]>(2))}"))
            .ToDictionary(p => p.Id, p => p.Row);
}
