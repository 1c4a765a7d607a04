using System.Diagnostics;
using System.Runtime.InteropServices;
using Gongkai.Store.Accounts;
using Gongkai.Store.Database;

namespace Gongkai.LoadBenchmarks;

/// <summary>
/// The whole benchmark: for each store (SQLite, and PostgreSQL when given) the province is prepared, the published
/// application started on it, an admin and a region account signed in by the virtual users, and each page measured
/// alone under the full load (docs/benchmarks.md, "Web application under load").
/// </summary>
internal static class LoadBenchmark
{
    public const string AdminName = "load-admin";
    public const string RegionName = "load-region";

    // A benchmark store's accounts; the password meets the application's rules (10 characters, a digit, a letter).
    public const string Password = "load-bench-2026";

    public static async Task<IReadOnlyList<StoreRun>> RunAsync(LoadOptions options, TextWriter output)
    {
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; {DateTime.Now:yyyy-MM-dd HH:mm}");
        output.WriteLine($"load: {options.Users} virtual users, {(options.Think > TimeSpan.Zero ? $"think time {options.Think.TotalMilliseconds:F0} ms (±50 %)" : "no think time")}, each page alone: warm-up {options.WarmUp.TotalSeconds:F0} s (excluded), measured {options.Duration.TotalSeconds:F0} s");
        var runs = new List<StoreRun>();
        foreach (var target in ProvinceStore.Targets(options))
        {
            runs.Add(await RunStoreAsync(options, target, output));
        }

        return runs;
    }

    private static async Task<StoreRun> RunStoreAsync(LoadOptions options, StoreLocation target, TextWriter output)
    {
        var province = ProvinceStore.Prepare(options, target, output);
        var watch = Stopwatch.StartNew();
        AppServer.AddAdministrator(options, target, AdminName, Password);
        using var server = await AppServer.StartAsync(options, target);
        output.WriteLine($"server: {server.Address} started in {watch.Elapsed.TotalSeconds:F1} s on {target.Engine}");

        watch.Restart();
        await AddRegionAccountAsync(server, province);
        var users = new List<WebSession>();
        try
        {
            for (var i = 0; i < options.Users; i++)
            {
                users.Add(new WebSession(server.Address));
            }

            // Half the users are the 系统管理员, half the province's 区域管理员 (whose scope the store's SQL applies).
            await Task.WhenAll(users.Select((u, i) => u.SignInAsync(i % 2 == 0 ? AdminName : RegionName, Password)));
            output.WriteLine($"signed in: {options.Users} users ({(options.Users + 1) / 2} {AdminName}, {options.Users / 2} {RegionName} of {province.Region}) in {watch.Elapsed.TotalSeconds:F1} s");
            output.WriteLine($"province: {province.Units} units, {province.ReportIds.Count} linked reports, {province.ReportsInYear} in {province.Year}");
            output.WriteLine(PageFigures.Header);
            var pages = new List<PageFigures>();
            var errors = new List<string>();
            foreach (var page in PageLoad.For(province))
            {
                var figures = await LoadRunner.RunAsync(users, page, server, options, e =>
                {
                    if (errors.Count < 5 && !errors.Contains(e))
                    {
                        errors.Add(e);
                    }
                });
                pages.Add(figures);
                output.WriteLine(figures.Line());
            }

            var run = new StoreRun(target.Engine.ToString(), pages, server.PeakMemoryMb);
            output.WriteLine($"server peak resident memory: {run.ServerPeakMemoryMb:F0} MB; errors: {run.Errors}{(errors.Count > 0 ? " (distinct, first five: " + string.Join("; ", errors) + ")" : "")}");
            return run;
        }
        finally
        {
            users.ForEach(u => u.Dispose());
        }
    }

    // Through 用户管理 as an administrator would create it; on a reused store the account exists and the form says so.
    private static async Task AddRegionAccountAsync(AppServer server, ProvinceFacts province)
    {
        using var admin = new WebSession(server.Address);
        await admin.SignInAsync(AdminName, Password);
        using var response = await admin.PostFormAsync("/admin/users", new()
        {
            ["UserName"] = RegionName,
            ["Password"] = Password,
            ["Role"] = nameof(AccountRole.RegionAdministrator),
            ["Scope"] = province.Region,
        });
    }
}
