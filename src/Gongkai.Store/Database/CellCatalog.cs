namespace Gongkai.Store.Database;

/// <summary>The store's <c>cells</c> table in memory: cell key → id, adding unknown cells on first use.</summary>
internal sealed class CellCatalog
{
    private readonly Dictionary<CellKey, long> _ids = [];
    private readonly Dictionary<long, CellKey> _keys = [];

    public static CellCatalog Load(StoreConnection db)
    {
        var catalog = new CellCatalog();
        catalog.Refresh(db);
        if (CellKey.AllTemplateCells.Any(k => !catalog._ids.ContainsKey(k)))
        {
            db.Begin();
            foreach (var key in CellKey.AllTemplateCells)
            {
                Insert(db, key);
            }

            db.Commit();
            catalog.Refresh(db);
        }

        return catalog;
    }

    public long Id(StoreConnection db, CellKey key)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }

        Insert(db, key);
        Refresh(db);
        return _ids[key];
    }

    /// <summary>Reads the catalog again, forgetting ids of cells whose insertion was rolled back.</summary>
    public void Reload(StoreConnection db)
    {
        _ids.Clear();
        _keys.Clear();
        Refresh(db);
    }

    public bool TryGetId(CellKey key, out long id) => _ids.TryGetValue(key, out id);

    public CellKey Key(long id) => _keys[id];

    public IEnumerable<CellKey> AllKeys() => _ids.Keys;

    private static void Insert(StoreConnection db, CellKey key) =>
        db.Execute("INSERT INTO cells (table_key, row_key, column_key) VALUES (@t, @r, @c) ON CONFLICT DO NOTHING",
            ("t", key.Table), ("r", key.Row), ("c", key.Column));

    private void Refresh(StoreConnection db)
    {
        foreach (var (id, key) in db.Query("SELECT id, table_key, row_key, column_key FROM cells", r => (r.Long(0), new CellKey(r.GetString(1), r.GetString(2), r.GetString(3)))))
        {
            _ids[key] = id;
            _keys[id] = key;
        }
    }
}
