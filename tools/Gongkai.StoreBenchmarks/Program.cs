using System.Diagnostics;
using System.Globalization;
using Gongkai.Application.Importing;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pipeline;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Queries;
using Gongkai.Synthetic;
using Gongkai.Synthetic.Storing;

// Store benchmarks (docs/benchmarks.md):
//   generate DIR [units=1000] [years=10]          write a synthetic province (registry.csv, reports/<year>/*.html|docx)
//   import DIR DB [jobs]                          import DIR's reports into DB (SQLite path or PostgreSQL connection string)
//   load DB [units=10000] [years=10]              store a synthetic province directly (no rendering or parsing), for roll-ups
//   rollup DB REGION YEAR [repeat=5]              time region × year roll-ups
var verb = args.ElementAtOrDefault(0);
return verb switch
{
    "generate" => Generate(args[1], Int(args, 2, 1000), Int(args, 3, 10)),
    "import" => Import(args[1], args[2], args.Length > 3 ? Int(args, 3, Environment.ProcessorCount) : null),
    "load" => Load(args[1], Int(args, 2, 10_000), Int(args, 3, 10)),
    "rollup" => Rollup(args[1], args[2], Int(args, 3, 2025), Int(args, 4, 5)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate DIR [units] [years] | import DIR DB [jobs] | load DB [units] [years] | rollup DB REGION YEAR [repeat]");
    return 3;
}

static int Int(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static int Generate(string directory, int units, int years)
{
    var watch = Stopwatch.StartNew();
    var province = SyntheticProvince.Create(seed: 1, units: units, years: years);
    var files = ProvinceFiles.Write(province, directory);
    Console.WriteLine($"generated {province.Units.Count} units × {years} years: {files} files, {province.Flaws.Count} flaws, in {watch.Elapsed.TotalSeconds:F1} s");
    return 0;
}

static int Import(string directory, string db, int? jobs)
{
    var pipeline = new ReportPipelineBuilder().UseHtml().UseDocx().Build();
    using var store = ReportStore.Open(StoreLocation.Parse(db));
    var registry = Gongkai.Application.Units.RegistryCsv.Read(Path.Combine(directory, "registry.csv"));
    store.ImportRegistry(registry.Units);
    var files = Directory.GetFiles(Path.Combine(directory, "reports"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    var process = Process.GetCurrentProcess();
    var samples = new List<(int Done, double LiveMb, double WorkingSetMb)>();
    var importer = new ReportImporter(store, pipeline, jobs);
    var summary = importer.Import(files, new SynchronousProgress<ImportProgress>(p =>
    {
        if (p.Done % 1000 == 0)
        {
            process.Refresh();
            samples.Add((p.Done, GC.GetTotalMemory(false) / 1048576.0, process.WorkingSet64 / 1048576.0));
        }
    }));
    var rate = files.Count / summary.Elapsed.TotalSeconds;
    Console.WriteLine($"{store.Engine}: {files.Count} files in {summary.Elapsed.TotalSeconds:F1} s = {rate:F0} reports/s on {jobs ?? Environment.ProcessorCount} parser threads " +
        $"(added {summary.Count(SaveOutcome.Added)}, new versions {summary.Count(SaveOutcome.NewVersion)}, failed {summary.Failures.Count})");
    Console.WriteLine("memory after every 1,000 files (managed heap MB / working set MB): " +
        string.Join("  ", samples.Select(s => FormattableString.Invariant($"{s.Done}: {s.LiveMb:F0}/{s.WorkingSetMb:F0}"))));
    Console.WriteLine($"store: {store.Counts()}");
    return summary.Failures.Count == 0 ? 0 : 1;
}

static int Load(string db, int units, int years)
{
    var watch = Stopwatch.StartNew();
    var province = SyntheticProvince.Create(seed: 2, units: units, years: years);
    using var store = ReportStore.Open(StoreLocation.Parse(db));
    Console.WriteLine($"province ready in {watch.Elapsed.TotalSeconds:F1} s");
    var (count, saving) = ProvinceLoader.Load(province, store, done => Console.WriteLine($"{done} stored, {done / watch.Elapsed.TotalSeconds:F0}/s"));
    Console.WriteLine($"{store.Engine}: stored {count} reports in {watch.Elapsed.TotalSeconds:F0} s ({saving.TotalSeconds:F0} s of it in ReportStore.Save, one report per transaction); {store.Counts()}");
    return 0;
}

static int Rollup(string db, string region, int year, int repeat)
{
    using var store = ReportStore.Open(StoreLocation.Parse(db));
    var queries = new StoreQueries(store);
    Console.WriteLine($"{store.Engine}: {store.Counts()}");
    foreach (var (label, filter) in new[]
    {
        ($"{region} × {year}", ReportFilter.ForYear(AccessScope.All, year, region)),
        ($"whole store × {year}", ReportFilter.ForYear(AccessScope.All, year)),
        ($"{region} × every year", new ReportFilter { Scope = AccessScope.All, Region = region }),
        ("whole store × every year", ReportFilter.All),
    })
    {
        var times = new List<double>();
        var reports = 0;
        for (var i = 0; i < repeat; i++)
        {
            var watch = Stopwatch.StartNew();
            var totals = queries.Totals(filter);
            times.Add(watch.Elapsed.TotalMilliseconds);
            reports = totals.Sum(t => t.Reports);
        }

        times.Sort();
        Console.WriteLine($"roll-up {label}: {reports} reports, median {times[times.Count / 2]:F0} ms, best {times[0]:F0} ms, worst {times[^1]:F0} ms");
    }

    return 0;
}
