namespace Gongkai.LoadBenchmarks.Tests;

public sealed class PageFiguresTests
{
    [Fact]
    public void Takes_nearest_rank_percentiles_and_throughput_over_the_window()
    {
        var latencies = Enumerable.Range(1, 200).Select(i => (double)(201 - i)).ToList();

        var figures = PageFigures.Of("page", latencies, errors: 0, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400));

        Assert.Equal((200, 20.0, 100.0, 190.0, 198.0, 200.0, 2.0), (figures.Requests, figures.PerSecond, figures.P50, figures.P95, figures.P99, figures.Max, figures.CpuMsPerRequest));
    }

    [Fact]
    public void Has_no_figures_when_nothing_completed()
    {
        var figures = PageFigures.Of("page", [], errors: 3, TimeSpan.FromSeconds(10), TimeSpan.Zero);

        Assert.Equal(0, figures.Requests);
        Assert.True(double.IsNaN(figures.P95));
    }
}
