using System.Globalization;
using System.Reflection;

namespace Gongkai.Store.Database;

/// <summary>Applies the embedded schema scripts (<c>Migrations/&lt;Engine&gt;/NNNN_name.sql</c>) not yet applied, in order.</summary>
/// <remarks>
/// Each script (with the code step a few versions have after their script) runs in its own transaction with its row
/// in <c>schema_migrations</c>, so a store is never left half-migrated. On PostgreSQL an advisory lock keeps two processes starting at once from racing. A read-only store
/// whose schema is current opens without a write.
/// </remarks>
internal static class Migrations
{
    private const long PostgresLockKey = 0x676F6E676B6169; // "gongkai"

    // Steps a script cannot do in SQL, run after the script of the same version in its transaction: 0013 packs the
    // facts of every version already stored (its table is what roll-ups read).
    private static readonly Dictionary<int, Action<StoreConnection>> AfterScript = new()
    {
        [13] = VersionCells.Backfill,
    };

    // The scripts' names are listed from the assembly once per engine (the web application opens the store on every
    // request; two threads racing compute the same list), and a script's SQL is read only when it is applied: opening a
    // current store reads none of them.
    // Plain arrays and loops rather than LINQ over tuples: every command opens the store, and generic code over value
    // types is what ReadyToRun cannot precompile (docs/performance.md, "Start-up of the store verbs").
    private static Script[]? _sqliteScripts;
    private static Script[]? _postgresScripts;

    /// <summary>The engine's schema scripts in version order.</summary>
    public static IReadOnlyList<Script> For(StoreEngine engine) => engine == StoreEngine.Postgres
        ? _postgresScripts ??= ListScripts("Postgres")
        : _sqliteScripts ??= ListScripts("Sqlite");

    private static Script[] ListScripts(string engineFolder)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = assembly.GetName().Name + ".Migrations." + engineFolder + ".";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                var name = resource[prefix.Length..^4];
                scripts.Add(new Script(int.Parse(name.AsSpan(0, 4), CultureInfo.InvariantCulture), name, resource));
            }
        }

        var sorted = scripts.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>Brings the schema up to date (or up to version <paramref name="through"/>); returns the versions applied now.</summary>
    /// <remarks>
    /// A store whose schema is current is not written to at all, so a read-only store opens. On PostgreSQL the whole
    /// check-and-apply holds an advisory lock: two processes starting at once on a new database would otherwise race
    /// on <c>CREATE TABLE IF NOT EXISTS</c> (which is not atomic there).
    /// </remarks>
    /// <param name="db">The store's connection.</param>
    /// <param name="through">The newest version to apply: a test's store as an older gongkai left it, to test the migrations after it.</param>
    /// <exception cref="StoreUnavailableException">The store is read-only and needs a migration (Chinese message).</exception>
    public static IReadOnlyList<int> Apply(StoreConnection db, int through = int.MaxValue)
    {
        var pending = Pending(db, through);
        if (pending.Count == 0)
        {
            return [];
        }

        if (db.IsReadOnly)
        {
            throw new StoreUnavailableException(
                $"数据库是只读的，但其结构需要升级（{string.Join("、", pending.Select(m => m.Name))}），只读时无法升级：请用有写权限的账户对它运行一次任意 gongkai 数据库命令，或改用它的可写副本。");
        }

        if (db.Engine == StoreEngine.Postgres)
        {
            db.Execute("SELECT pg_advisory_lock(@key)", ("key", PostgresLockKey));
        }

        try
        {
            return ApplyPending(db, through);
        }
        finally
        {
            if (db.Engine == StoreEngine.Postgres)
            {
                db.Execute("SELECT pg_advisory_unlock(@key)", ("key", PostgresLockKey));
            }
        }
    }

    // The migrations not yet recorded, read without writing anything.
    private static List<Script> Pending(StoreConnection db, int through)
    {
        var exists = db.Engine == StoreEngine.Postgres
            ? db.Scalar<bool>("SELECT to_regclass('schema_migrations') IS NOT NULL")
            : db.Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") > 0;
        var applied = exists ? db.Query("SELECT version FROM schema_migrations", r => r.Long(0)) : [];
        var known = For(db.Engine);
        RefuseNewer(applied, known.Count == 0 ? 0 : known[^1].Version);
        var pending = new List<Script>();
        foreach (var script in known)
        {
            if (script.Version <= through && !applied.Contains(script.Version))
            {
                pending.Add(script);
            }
        }

        return pending;
    }

    // A store a newer gongkai has migrated may keep data this one would not maintain (e.g. the packed cells of
    // migration 0013, which a gongkai before it would leave out of every report it saved, silently skewing roll-ups):
    // refused rather than opened.
    private static void RefuseNewer(List<long> applied, int newestKnown)
    {
        var newest = 0L;
        foreach (var version in applied)
        {
            newest = Math.Max(newest, version);
        }

        if (newest > newestKnown)
        {
            throw new StoreUnavailableException(
                $"数据库的结构版本（{newest}）比本程序认识的最新版本（{newestKnown}）更新，它已被较新版本的 gongkai 升级过；为免写入不完整的数据，本程序不打开它：请改用较新版本的 gongkai。");
        }
    }

    private static List<int> ApplyPending(StoreConnection db, int through)
    {
        db.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new List<int>();
        foreach (var (version, name, resource) in For(db.Engine))
        {
            if (version > through)
            {
                break;
            }

            db.Begin();
            try
            {
                if (db.Scalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", ("v", version)) > 0)
                {
                    db.Commit();
                    continue;
                }

                db.Execute(Read(typeof(Migrations).Assembly, resource));
                if (AfterScript.TryGetValue(version, out var step))
                {
                    step(db);
                }

                db.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)",
                    ("v", version), ("n", name), ("t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
                db.Commit();
                applied.Add(version);
            }
            catch
            {
                db.Rollback();
                throw;
            }
        }

        return applied;
    }

    /// <summary>A schema script: its version, its name (<c>0013_version_cells</c>) and the embedded resource holding its SQL.</summary>
    internal sealed record Script(int Version, string Name, string Resource) : IComparable<Script>
    {
        public int CompareTo(Script? other) => other is null ? 1 : Version.CompareTo(other.Version);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
