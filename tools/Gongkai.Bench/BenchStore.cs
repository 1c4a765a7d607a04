using System.Diagnostics;
using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Synthetic;
using Gongkai.Synthetic.Storing;

namespace Gongkai.Bench;

/// <summary>
/// The store of the roll-up, audit and export rows: a synthetic province of M reports (M / 10 units × 10 years,
/// 2019–2028) loaded through the product's save path (<see cref="ProvinceLoader"/>) into <c>WORK/store-M.db</c> and,
/// with a server, into the database <c>gongkai_bench_store_M</c>; each reused while its recipe (sizes and the code of
/// the store) holds.
/// </summary>
internal static class BenchStore
{
    /// <summary>The first year of the province; it spans <see cref="Years"/> years.</summary>
    public const int FirstYear = 2019;

    public const int Years = 10;

    /// <summary>The year of the one-year rows.</summary>
    public const int OneYear = 2025;

    /// <summary>The smallest province the generator makes (a province government, cities, counties, departments).</summary>
    public const int MinimumUnits = 40;

    private const int Seed = 2;

    /// <summary>Units of the store's province: a tenth of <c>--store-reports</c>, at least <see cref="MinimumUnits"/>.</summary>
    public static int Units(BenchOptions options) => Math.Max(MinimumUnits, options.StoreReports / Years);

    /// <summary>Reports in the store (one per unit and year, give or take planted missing years and second versions).</summary>
    public static int Reports(BenchOptions options) => Units(options) * Years;

    /// <summary>The SQLite store's path, loaded if needed.</summary>
    public static string Sqlite(BenchOptions options, TextWriter log)
    {
        var path = Path.Combine(options.Work, $"store-{Reports(options)}.db");
        var recipe = RecipeOf(options);
        var stamp = path + ".recipe";
        if (Recipe.IsCurrent(stamp, recipe) && File.Exists(path))
        {
            log.WriteLine($"沿用已建好的 SQLite 数据库：{path}");
            return path;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", stamp })
        {
            File.Delete(file);
        }

        Load(StoreLocation.Sqlite(path), options, log);
        Recipe.Write(stamp, recipe);
        return path;
    }

    /// <summary>The PostgreSQL store's connection string, loaded if needed (its recipe in <c>WORK/store-M.pg.recipe</c>).</summary>
    public static string Postgres(BenchOptions options, string server, TextWriter log)
    {
        var name = $"gongkai_bench_store_{Reports(options)}";
        var connection = BenchPostgres.Database(server, name);
        var recipe = RecipeOf(options) + "; " + BenchPostgres.Describe(server);
        var stamp = Path.Combine(options.Work, $"store-{Reports(options)}.pg.recipe");
        if (Recipe.IsCurrent(stamp, recipe) && BenchPostgres.DatabaseExists(server, name))
        {
            log.WriteLine($"沿用已建好的 PostgreSQL 数据库：{name}");
            return connection;
        }

        File.Delete(stamp);
        Npgsql.NpgsqlConnection.ClearAllPools();
        BenchPostgres.Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        BenchPostgres.Execute(server, $"CREATE DATABASE {name}");
        Load(StoreLocation.Parse(connection), options, log);
        Recipe.Write(stamp, recipe);
        return connection;
    }

    private static string RecipeOf(BenchOptions options) =>
        Recipe.Of($"store seed {Seed}; {Units(options)} units × {Years} years", typeof(ReportStore).Assembly, typeof(ReportPreparer).Assembly, typeof(SyntheticProvince).Assembly);

    private static void Load(StoreLocation location, BenchOptions options, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        log.WriteLine($"正在建立 {(location.Engine == StoreEngine.Postgres ? "PostgreSQL" : "SQLite")} 数据库（{Units(options)} 个单位 × {Years} 年，经产品的保存路径成批写入，与导入相同）……");
        var province = SyntheticProvince.Create(seed: Seed, units: Units(options), firstYear: FirstYear, years: Years);
        using var store = ReportStore.Open(location);
        var (count, _) = ProvinceLoader.Load(province, store, done => log.WriteLine($"  已写入 {done} 份，用时 {watch.Elapsed.TotalSeconds:F0} 秒"));
        log.WriteLine($"已写入 {count} 份报告，用时 {watch.Elapsed.TotalSeconds:F0} 秒。");
    }
}
