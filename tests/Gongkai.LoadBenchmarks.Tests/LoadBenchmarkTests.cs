using Gongkai.Testing;

namespace Gongkai.LoadBenchmarks.Tests;

public sealed class LoadBenchmarkTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("gongkai-load-").FullName;

    [Fact]
    public async Task Reports_figures_for_every_page_with_no_errors_on_a_tiny_store()
    {
        var options = new LoadOptions
        {
            Repository = RepositoryRoot.Path,
            CacheFolder = _cache,
            Units = 40,
            Years = 2,
            Users = 5,
            WarmUp = TimeSpan.FromSeconds(1),
            Duration = TimeSpan.FromSeconds(3),
            // The build copied here, with the source folder's static files, as the browser tests' LiveServer starts it.
            Application = Path.Combine(AppContext.BaseDirectory, "gongkai-web.dll"),
            ContentRoot = Path.Combine(RepositoryRoot.Path, "src", "Gongkai.Web"),
        };
        using var output = new StringWriter();

        var runs = await LoadBenchmark.RunAsync(options, output);

        var run = Assert.Single(runs);
        Assert.Equal("Sqlite", run.Store);
        Assert.Equal(PageLoad.For(new ProvinceFacts([1], "江南省", 2020, 40, 40)).Count, run.Pages.Count);
        Assert.All(run.Pages, page =>
        {
            Assert.Equal(0, page.Errors);
            Assert.True(page.Requests > 0, $"{page.Page}: no request completed in the window\n{output}");
            Assert.True(page.P50 <= page.P95 && page.P95 <= page.P99 && page.P99 <= page.Max, page.Line());
        });
        Assert.Contains(run.Pages, p => p.Page.StartsWith("dashboard 江南省 2020 (40 units)", StringComparison.Ordinal));
        Assert.Contains("p95 ms", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reuses_the_store_of_the_same_seed_and_size()
    {
        var options = new LoadOptions { Repository = RepositoryRoot.Path, CacheFolder = _cache, Units = 40, Years = 1 };
        var location = Assert.Single(ProvinceStore.Targets(options));
        var first = ProvinceStore.Prepare(options, location, TextWriter.Null);
        using var output = new StringWriter();

        var second = ProvinceStore.Prepare(options, location, output);

        Assert.Equal(first.ReportIds, second.ReportIds);
        Assert.Contains("reused", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
