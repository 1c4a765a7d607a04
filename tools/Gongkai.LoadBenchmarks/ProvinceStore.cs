using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Synthetic;
using Npgsql;

namespace Gongkai.LoadBenchmarks;

/// <summary>
/// The store under load: the synthetic province (<c>tools/Gongkai.Synthetic</c>) written to files once per seed and
/// size, then imported through the application layer's use cases (<see cref="ImportRegistry"/>,
/// <see cref="ImportReports"/>), as <c>gongkai import</c> does. A SQLite store is kept beside the files and reused; an
/// import is resumable, so a PostgreSQL store is brought up to date by importing again (files already stored are skipped).
/// </summary>
internal static class ProvinceStore
{
    private const string ReadyMarker = "store.ready";

    /// <summary>The folder of the province with this seed and size.</summary>
    public static string Folder(LoadOptions options) =>
        Path.Combine(options.CacheFolder, string.Create(CultureInfo.InvariantCulture, $"seed{options.Seed}-{options.Units}x{options.Years}"));

    /// <summary>The stores to measure, in order: SQLite (unless only PostgreSQL is asked for), then PostgreSQL when given.</summary>
    public static IReadOnlyList<StoreLocation> Targets(LoadOptions options)
    {
        var targets = new List<StoreLocation>();
        if (!options.PostgresOnly)
        {
            targets.Add(StoreLocation.Parse(Path.Combine(Folder(options), "store.db")));
        }

        if (options.Postgres is { } db)
        {
            targets.Add(StoreLocation.Parse(db));
        }
        else if (options.PostgresServer is { } server)
        {
            targets.Add(StoreLocation.Parse(CreateDatabase(server, string.Create(CultureInfo.InvariantCulture, $"gongkai_load_s{options.Seed}_{options.Units}x{options.Years}"))));
        }

        return targets;
    }

    /// <summary>Generates the province if needed and imports it into <paramref name="location"/> unless that was done before.</summary>
    public static ProvinceFacts Prepare(LoadOptions options, StoreLocation location, TextWriter log)
    {
        var folder = Folder(options);
        var files = Generate(options, folder, log);
        var marker = Path.Combine(folder, ReadyMarker);
        var reuse = location.Engine == StoreEngine.Sqlite && File.Exists(marker);
        using (var store = ReportStore.Open(location))
        {
            if (!reuse)
            {
                Import(store, folder, files, log);
            }

            var facts = ProvinceFacts.Read(store);
            log.WriteLine($"store: {store.Engine} {location.Display}: {(reuse ? "reused" : "imported")}; {store.Counts()}");
            if (location.Engine == StoreEngine.Sqlite && !reuse)
            {
                File.WriteAllText(marker, store.Counts().ToString());
            }

            return facts;
        }
    }

    private static IReadOnlyList<string> Generate(LoadOptions options, string folder, TextWriter log)
    {
        var reports = Path.Combine(folder, "reports");
        var done = Path.Combine(folder, "generated");
        if (!File.Exists(done))
        {
            var watch = Stopwatch.StartNew();
            if (Directory.Exists(reports))
            {
                Directory.Delete(reports, recursive: true);
            }

            var province = SyntheticProvince.Create(seed: options.Seed, units: options.Units, years: options.Years);
            var count = ProvinceFiles.Write(province, folder);
            File.WriteAllText(done, count.ToString(CultureInfo.InvariantCulture));
            log.WriteLine($"generated {province.Units.Count} units × {options.Years} years: {count} files in {watch.Elapsed.TotalSeconds:F1} s ({folder})");
        }

        return [.. Directory.GetFiles(reports, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    private static void Import(ReportStore store, string folder, IReadOnlyList<string> files, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var registry = ImportRegistry.Run(store, new RegistryImportOptions { File = Path.Combine(folder, "registry.csv") });
        var import = ImportReports.Run(store, new ImportOptions { Files = files });
        if ((registry.Failure ?? import.Failure) is { } failure)
        {
            throw new InvalidOperationException($"import failed: {failure.Message}");
        }

        var summary = import.Summary!;
        if (summary.Failures.Count > 0)
        {
            throw new InvalidOperationException($"import failed for {summary.Failures.Count} files, first: {summary.Failures[0]}");
        }

        log.WriteLine($"imported {files.Count} files through ImportReports in {watch.Elapsed.TotalSeconds:F1} s");
    }

    // GONGKAI_TEST_PG names a server where databases may be created (as the store tests do); one per seed and size.
    private static string CreateDatabase(string server, string name)
    {
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
            exists.Parameters.AddWithValue("n", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
