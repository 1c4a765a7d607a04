using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

/// <summary>The store's cell catalog: ids by key and keys by id, the template's cells always present.</summary>
public sealed class CellCatalogTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_new_store_has_every_template_cell_and_finds_each_key_by_its_id(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var catalog = store.Cells;
        Assert.Equal(CellKey.AllTemplateCells.Count, catalog.AllKeys().Count());
        foreach (var key in CellKey.AllTemplateCells)
        {
            Assert.True(catalog.TryGetId(key, out var id));
            Assert.Equal(key, catalog.Key(id));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_cell_added_by_one_connection_is_known_to_the_next_and_an_unknown_id_is_not_found(string engine)
    {
        using var test = TestStore.Create(engine);
        var extra = new CellKey("requests", "notInTheTemplate", "total");
        long id;
        using (var store = test.Open())
        {
            id = store.Cells.Id(store.Db, extra);
            Assert.Equal(extra, store.Cells.Key(id));
        }

        using var reopened = test.Open();
        Assert.Equal(extra, reopened.Cells.Key(id));
        Assert.True(reopened.Cells.TryGetId(extra, out var again));
        Assert.Equal(id, again);
        Assert.Contains(extra, reopened.Cells.AllKeys());
        Assert.Throws<KeyNotFoundException>(() => reopened.Cells.Key(id + 1000));
        Assert.Throws<KeyNotFoundException>(() => reopened.Cells.Key(-1));
    }
}
