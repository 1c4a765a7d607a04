using System.Globalization;
using System.Reflection;

namespace Gongkai.Store.Database;

/// <summary>Applies the embedded schema scripts (<c>Migrations/&lt;Engine&gt;/NNNN_name.sql</c>) not yet applied, in order.</summary>
/// <remarks>
/// Each script runs in its own transaction with its row in <c>schema_migrations</c>, so a store is never left
/// half-migrated. On PostgreSQL an advisory lock keeps two processes starting at once from racing.
/// </remarks>
internal static class Migrations
{
    private const long PostgresLockKey = 0x676F6E676B6169; // "gongkai"

    public static IReadOnlyList<(int Version, string Name, string Sql)> For(StoreEngine engine)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{engine}.";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Name: n[prefix.Length..^4]))
            .Select(r => (int.Parse(r.Name[..4], CultureInfo.InvariantCulture), r.Name, Read(assembly, r.Resource)))
            .OrderBy(m => m.Item1)];
    }

    /// <summary>Brings the schema up to date; returns the versions applied now.</summary>
    public static IReadOnlyList<int> Apply(StoreConnection db)
    {
        db.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new List<int>();
        foreach (var (version, name, sql) in For(db.Engine))
        {
            db.Begin();
            try
            {
                if (db.Engine == StoreEngine.Postgres)
                {
                    db.Execute("SELECT pg_advisory_xact_lock(@key)", ("key", PostgresLockKey));
                }

                if (db.Scalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", ("v", version)) > 0)
                {
                    db.Commit();
                    continue;
                }

                db.Execute(sql);
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

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
