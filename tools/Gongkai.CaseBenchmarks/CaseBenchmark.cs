using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Tables;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Core.Model;
using Gongkai.Store;
using Gongkai.Store.Database;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.CaseBenchmarks;

/// <summary>
/// <c>[cases=100000] [--sqlite FILE [--keep]] [--pg CONNECTION] [--cli gongkai.dll|gongkai]</c>: a unit with that many cases into a fresh
/// SQLite file and a fresh PostgreSQL database (the server of <c>GONGKAI_TEST_PG</c>, as the store tests use), then the
/// medians of 5 runs (<c>--keep</c>: reuse the SQLite file of an earlier run of the same size and skip PostgreSQL unless <c>--pg</c>) of the due list, the year's tables 三/四 and two baselines, and of 3 runs of whole CLI processes.
/// </summary>
internal static class CaseBenchmark
{
    private const string UnitCode = "QC-YJ";
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    public static int Run(string[] args)
    {
        var count = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var sqlite = Option(args, "--sqlite") ?? Path.Combine(Path.GetTempPath(), $"gongkai-cases-{count}.db");
        var pgServer = Option(args, "--pg") ?? (args.Contains("--keep") ? null : Environment.GetEnvironmentVariable("GONGKAI_TEST_PG"));
        var cli = Option(args, "--cli") ?? FindCli();
        var watch = Stopwatch.StartNew();
        var unit = CaseUnitGenerator.Create(UnitCode, count, AsOf, seed: 15);
        Console.WriteLine($"生成 {count:N0} 件办件（{unit.Cases.Count(c => c.ClosedOn is null):N0} 件未办结，{unit.Appeals.Count:N0} 件复议/诉讼）：{watch.Elapsed.TotalSeconds:F1} 秒");
        var columns = new List<(string Engine, Dictionary<string, double> Figures)>();
        var keep = args.Contains("--keep") && File.Exists(sqlite);
        foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm" }.Where(f => !keep && File.Exists(f)))
        {
            File.Delete(file);
        }

        columns.Add(("SQLite", Run(StoreLocation.Sqlite(sqlite), unit, cli, sqlite, load: !keep)));
        if (pgServer is not null)
        {
            var database = $"gongkai_cases_{count}";
            using (var admin = new NpgsqlConnection(pgServer))
            {
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
                using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                create.ExecuteNonQuery();
            }

            var connection = new NpgsqlConnectionStringBuilder(pgServer) { Database = database }.ConnectionString;
            columns.Add(("PostgreSQL", Run(new StoreLocation(StoreEngine.Postgres, connection), unit, cli, connection, load: true)));
        }
        else
        {
            Console.WriteLine("未设置 GONGKAI_TEST_PG（或 --pg），跳过 PostgreSQL。");
        }

        Print(columns);
        return 0;
    }

    private static Dictionary<string, double> Run(StoreLocation location, GeneratedUnit unit, string? cli, string db, bool load)
    {
        var figures = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();
        using (var store = ReportStore.Open(location))
        {
            if (load)
            {
                CaseUnitLoader.Load(store, unit);
            }
        }

        Analyze(location);
        Console.WriteLine($"{location.Engine}：写入 {unit.Cases.Count:N0} 件 {watch.Elapsed.TotalSeconds:F1} 秒");
        using (var store = ReportStore.Open(location))
        {
            var year = AsOf.Year - 1;
            var scope = AccessScope.Unit(UnitCode);
            figures["列出 5 个工作日内到期办件（第 1 页 50 件）及逾期数"] = Median(5, () =>
            {
                var page = ListCases.Run(store, new ListCasesOptions { Scope = scope, UnitId = UnitCode, DueWithinWorkingDays = 5, Today = AsOf, PageSize = 50 });
                var overdue = store.Cases.OverdueByUnit(AsOf, scope);
                return page.Rows.Count + overdue.Sum(o => o.Overdue);
            });
            figures[$"生成 {year} 年度表三、表四（BuildCaseTables）"] = Median(5, () =>
                BuildCaseTables.Run(store, new CaseTablesOptions { Scope = scope, UnitCode = UnitCode, Year = year }).Requests!.Rows.Count);
        }

        figures["基线：SELECT COUNT(*) FROM cases"] = Median(5, () => Raw(location, "SELECT COUNT(*) FROM cases", r => r.GetInt64(0)).Single());
        figures["基线：读取全部办件正文并 CaseTables.Build"] = Median(5, () =>
        {
            var cases = Raw(location, $"SELECT body FROM cases WHERE unit_id = '{UnitCode}'", r => CaseJson.Read(r.GetString(0)));
            return CaseTables.Build(cases, unit.Appeals, AsOf.Year - 1, TemplateVersion.V2021).Requests.Rows.Count;
        });
        if (cli is not null)
        {
            var year = (AsOf.Year - 1).ToString(CultureInfo.InvariantCulture);
            figures["进程：gongkai cases tables --agency … --year …"] = Median(3, () => Process(cli, "cases", "tables", "--agency", UnitCode, "--year", year, "--db", db));
            figures["进程：gongkai cases list --due 5"] = Median(3, () => Process(cli, "cases", "list", "--unit", UnitCode, "--due", "5", "--db", db));
        }

        return figures;
    }

    // Fresh statistics, as a running server would have them (autovacuum / the planner's ANALYZE).
    private static void Analyze(StoreLocation location) => Raw(location, "ANALYZE", _ => 0);

    private static List<T> Raw<T>(StoreLocation location, string sql, Func<DbDataReader, T> read)
    {
        using DbConnection connection = location.Engine == StoreEngine.Postgres ? new NpgsqlConnection(location.ConnectionString) : new SqliteConnection(location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    // Milliseconds, median of `runs` after one warm-up run; `work` returns something so that it is not optimised away.
    private static double Median(int runs, Func<long> work)
    {
        work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static long Process(string cli, params string[] arguments)
    {
        // An assembly runs on dotnet; a native CLI (Native AOT, what ./gongkai publishes when it can) by itself.
        var assembly = cli.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(assembly ? "dotnet" : cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (assembly)
        {
            start.ArgumentList.Add(cli);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
        }

        return output.Result.Length;
    }

    private static void Print(List<(string Engine, Dictionary<string, double> Figures)> columns)
    {
        Console.WriteLine();
        Console.WriteLine($"| 操作（中位数，毫秒） | {string.Join(" | ", columns.Select(c => c.Engine))} |");
        Console.WriteLine($"|---|{string.Concat(columns.Select(_ => "---:|"))}");
        foreach (var name in columns[0].Figures.Keys)
        {
            Console.WriteLine($"| {name} | {string.Join(" | ", columns.Select(c => c.Figures.TryGetValue(name, out var ms) ? ms.ToString("F1", CultureInfo.InvariantCulture) : "—"))} |");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    // The published CLI (./gongkai builds it into artifacts/cli: gongkai.dll with ReadyToRun, beside a small apphost;
    // a native gongkai with Native AOT), else the Release build's output.
    private static string? FindCli()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Gongkai.slnx")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar));
        }

        return root is null ? null : new[]
        {
            Path.Combine(root, "artifacts", "cli", "gongkai.dll"),
            Path.Combine(root, "artifacts", "cli", "gongkai"),
            Path.Combine(root, "src", "Gongkai.Cli", "bin", "Release", "net10.0", "gongkai.dll"),
        }.FirstOrDefault(File.Exists);
    }
}
