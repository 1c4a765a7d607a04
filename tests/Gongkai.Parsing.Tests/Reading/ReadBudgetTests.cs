using System.Text;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Reading;

/// <summary>
/// The wall-clock budget of a read (issue #10: one stuck page held an import for minutes). The slow input is a reader
/// that does not come back by itself, with a budget of 50 ms: nothing here measures real speed.
/// </summary>
public sealed class ReadBudgetTests : IDisposable
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private readonly StuckReader _stuck = new();

    public void Dispose() => _stuck.Release.Set();

    private ReportPipeline Pipeline(TimeSpan timeout) =>
        new ReportPipelineBuilder().UseReader(_stuck).WithLimits(new ReaderLimits { ReadTimeout = timeout }).Build();

    [Fact]
    public void Reports_a_read_past_its_budget_as_a_failure_naming_the_file()
    {
        var result = Pipeline(TimeSpan.FromMilliseconds(50)).Parse(Pdf, "慢.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal("慢.pdf：读取超时（超过 0.05 秒），已跳过。", result.Failure);
    }

    [Fact]
    public void Returns_at_the_deadline_from_a_reader_that_ignores_its_token()
    {
        _stuck.ObservesCancellation = false;

        var result = Pipeline(TimeSpan.FromMilliseconds(50)).Parse(Pdf, "慢.pdf");

        Assert.Contains("读取超时", result.Failure, StringComparison.Ordinal);
        Assert.False(_stuck.Release.IsSet); // still stuck: the pipeline did not wait for it
    }

    [Fact]
    public void Cancels_the_abandoned_read_so_that_a_reader_checking_its_token_stops()
    {
        Pipeline(TimeSpan.FromMilliseconds(50)).Parse(Pdf, "慢.pdf");

        Assert.True(_stuck.Stopped.Wait(TimeSpan.FromSeconds(30)));
        Assert.True(_stuck.SawCancellation);
    }

    [Fact]
    public void Reads_the_next_file_after_one_that_timed_out()
    {
        var pipeline = Pipeline(TimeSpan.FromSeconds(2));

        var results = new[] { pipeline.Parse(Pdf, "慢.pdf"), pipeline.Parse(Encoding.UTF8.GetBytes(Reports.Docx2019), "好.txt") };

        Assert.Contains("读取超时", results[0].Failure, StringComparison.Ordinal);
        Assert.True(results[1].Succeeded, results[1].Failure);
    }

    [Fact]
    public void Bounds_a_file_read_from_disk_too()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-budget-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, Pdf);
        try
        {
            var pipeline = Pipeline(TimeSpan.FromMilliseconds(50));

            Assert.Contains("读取超时", pipeline.ParseFile(path).Failure, StringComparison.Ordinal);
            var error = Assert.Throws<UnreadableInputException>(() => pipeline.ReadDocument(path));
            Assert.StartsWith(path + "：读取超时", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Gives_up_at_once_when_the_caller_cancels()
    {
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline(TimeSpan.FromMinutes(10)).Parse(Pdf, "慢.pdf", caller.Token));
        Assert.True(_stuck.Stopped.Wait(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Passes_a_reader_bug_through_as_itself()
    {
        _stuck.Bug = true;

        Assert.Throws<InvalidOperationException>(() => Pipeline(TimeSpan.FromSeconds(30)).Parse(Pdf, "坏.pdf"));
    }

    [Fact]
    public void Reads_on_the_calling_thread_without_a_budget()
    {
        _stuck.Bug = true;
        var caller = Environment.CurrentManagedThreadId;

        Assert.Throws<InvalidOperationException>(() => Pipeline(Timeout.InfiniteTimeSpan).Parse(Pdf, "坏.pdf"));
        Assert.Equal(caller, _stuck.ThreadId);
    }

    // Reads PDF by never coming back: it waits for its token (or, ignoring it, for Release).
    private sealed class StuckReader : IDocumentReader
    {
        public ManualResetEventSlim Release { get; } = new();

        public ManualResetEventSlim Stopped { get; } = new();

        public bool ObservesCancellation { get; set; } = true;

        public bool Bug { get; set; }

        public bool SawCancellation { get; private set; }

        public int ThreadId { get; private set; }

        public bool CanRead(InputKind kind) => kind == InputKind.Pdf;

        public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation = default)
        {
            ThreadId = Environment.CurrentManagedThreadId;
            if (Bug)
            {
                throw new InvalidOperationException("a reader bug");
            }

            try
            {
                if (ObservesCancellation)
                {
                    cancellation.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
                    SawCancellation = cancellation.IsCancellationRequested;
                    cancellation.ThrowIfCancellationRequested();
                }
                else
                {
                    Release.Wait(TimeSpan.FromMinutes(1), CancellationToken.None);
                }

                throw new UnreadableInputException($"{file}：读完了。");
            }
            finally
            {
                Stopped.Set();
            }
        }
    }
}
