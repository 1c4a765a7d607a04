using System.Globalization;
using Gongkai.LoadBenchmarks;

// Load benchmark of the web application (docs/benchmarks.md, "Web application under load"):
//   [--units 1000] [--years 10] [--seed 1] [--users 50] [--think 0] [--duration 30] [--warmup 10]
//   [--db POSTGRES] [--only-db] [--cache DIR] [--app gongkai-web.dll --content-root DIR]
// Exit code: 0 every request answered 200; 1 some did not (or the run could not be set up); 3 bad usage.
var repository = RepositoryRoot();
var options = new LoadOptions
{
    Repository = repository,
    CacheFolder = Path.Combine(repository, "artifacts", "loadbench"),
    PostgresServer = Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") is { Length: > 0 } pg ? pg : null,
};
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
    try
    {
        options = args[i] switch
        {
            "--units" => options with { Units = Number() },
            "--years" => options with { Years = Number() },
            "--seed" => options with { Seed = Number() },
            "--users" => options with { Users = Number() },
            "--think" => options with { Think = TimeSpan.FromMilliseconds(Number()) },
            "--duration" => options with { Duration = TimeSpan.FromSeconds(Number()) },
            "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Number()) },
            "--db" => options with { Postgres = Value() },
            "--only-db" => options with { PostgresOnly = true },
            "--cache" => options with { CacheFolder = Path.GetFullPath(Value()) },
            "--app" => options with { Application = Path.GetFullPath(Value()) },
            "--content-root" => options with { ContentRoot = Path.GetFullPath(Value()) },
            _ => throw new ArgumentException($"unknown option {args[i]}"),
        };
    }
    catch (Exception ex) when (ex is ArgumentException or FormatException)
    {
        Console.Error.WriteLine($"{ex.Message}\nusage: [--units N] [--years N] [--seed N] [--users N] [--think MS] [--duration S] [--warmup S] [--db POSTGRES] [--only-db] [--cache DIR] [--app DLL --content-root DIR]");
        return 3;
    }
}

try
{
    var runs = await LoadBenchmark.RunAsync(options, Console.Out);
    return runs.Sum(r => r.Errors) == 0 ? 0 : 1;
}
catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
{
    Console.Error.WriteLine($"load benchmark failed: {ex.Message}");
    return 1;
}

static string RepositoryRoot()
{
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gongkai.slnx")))
            {
                return directory.FullName;
            }
        }
    }

    throw new DirectoryNotFoundException("Gongkai.slnx not found above the working directory");
}
