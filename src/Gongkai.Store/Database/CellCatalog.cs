namespace Gongkai.Store.Database;

/// <summary>The store's <c>cells</c> table in memory: cell key → id, adding unknown cells on first use.</summary>
/// <remarks>
/// Cell ids are small integers (the template's cells, then the few unknown ones stored), so id → key is an array. The
/// key → id map is built only when a write or an export asks for it: a roll-up reads keys by id alone, and every
/// generic collection over the keys (a struct) is compiled when the command runs, which ReadyToRun cannot precompile
/// (docs/performance.md, "Start-up of the store verbs").
/// </remarks>
internal sealed class CellCatalog
{
    private CellKey?[] _keys = [];
    private Dictionary<CellKey, long>? _ids;

    public static CellCatalog Load(StoreConnection db)
    {
        var catalog = new CellCatalog();
        catalog.Refresh(db);
        if (catalog.TemplateCellsStored() < CellKey.AllTemplateCells.Count)
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
        if (Ids.TryGetValue(key, out var id))
        {
            return id;
        }

        Insert(db, key);
        Refresh(db);
        return Ids[key];
    }

    /// <summary>Reads the catalog again, forgetting ids of cells whose insertion was rolled back.</summary>
    public void Reload(StoreConnection db)
    {
        _keys = [];
        _ids = null;
        Refresh(db);
    }

    public bool TryGetId(CellKey key, out long id) => Ids.TryGetValue(key, out id);

    public CellKey Key(long id) => id >= 0 && id < _keys.Length && _keys[id] is { } key ? key : throw new KeyNotFoundException($"No cell with id {id}.");

    public IEnumerable<CellKey> AllKeys() => Ids.Keys;

    private Dictionary<CellKey, long> Ids
    {
        get
        {
            if (_ids is null)
            {
                _ids = [];
                for (var id = 0; id < _keys.Length; id++)
                {
                    if (_keys[id] is { } key)
                    {
                        _ids[key] = id;
                    }
                }
            }

            return _ids;
        }
    }

    // How many of the template's cells the catalog has (its keys are unique: the table's key is).
    private int TemplateCellsStored()
    {
        var stored = 0;
        foreach (var key in _keys)
        {
            if (key is { } k && CellKey.Order(k) != int.MaxValue)
            {
                stored++;
            }
        }

        return stored;
    }

    private static void Insert(StoreConnection db, CellKey key) =>
        db.Execute("INSERT INTO cells (table_key, row_key, column_key) VALUES (@t, @r, @c) ON CONFLICT DO NOTHING",
            ("t", key.Table), ("r", key.Row), ("c", key.Column));

    private void Refresh(StoreConnection db)
    {
        foreach (var row in db.Query("SELECT id, table_key, row_key, column_key FROM cells", r => new Row(r.Long(0), new CellKey(r.GetString(1), r.GetString(2), r.GetString(3)))))
        {
            if (row.Id >= _keys.Length)
            {
                Array.Resize(ref _keys, (int)Math.Max(row.Id + 1, _keys.Length * 2L));
            }

            _keys[row.Id] = row.Key;
            if (_ids is not null)
            {
                _ids[row.Key] = row.Id;
            }
        }
    }

    // A class, not a tuple: a list of it shares the precompiled code of every list of references.
    private sealed record Row(long Id, CellKey Key);
}
