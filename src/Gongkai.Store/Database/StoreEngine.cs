namespace Gongkai.Store.Database;

/// <summary>The database behind a store.</summary>
public enum StoreEngine
{
    /// <summary>Embedded SQLite: one file, no server (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for an office that shares one store.</summary>
    Postgres,
}
