using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Tests.Reading;

/// <summary>The one registration every native reader's <c>Use…</c> goes through: its factory, given its limits or the format's defaults.</summary>
public sealed class ReaderRegistrationTests
{
    private static readonly byte[] Page = "<html><body><p>通知公告</p></body></html>"u8.ToArray();

    [Fact]
    public void Registers_the_reader_made_with_the_format_defaults_when_no_limits_are_given()
    {
        var pipeline = new ReportPipelineBuilder().UseReader<ProbeLimits>(null, limits => new ProbeReader(limits)).Build();

        var result = pipeline.Parse(Page, "page.html");

        Assert.Contains("page.html：上限 7", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_the_reader_made_with_the_limits_given()
    {
        var pipeline = new ReportPipelineBuilder().UseReader(new ProbeLimits { Bound = 3 }, limits => new ProbeReader(limits)).Build();

        var result = pipeline.Parse(Page, "page.html");

        Assert.Contains("page.html：上限 3", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formats_limits_default_is_one_instance_with_its_own_and_its_bases_bounds()
    {
        Assert.Same(FormatReaderLimits<ProbeLimits>.Default, FormatReaderLimits<ProbeLimits>.Default);
        Assert.Equal(7, FormatReaderLimits<ProbeLimits>.Default.Bound);
        Assert.Equal(200_000, FormatReaderLimits<GridProbeLimits>.Default.MaxTableCells);
        Assert.Equal(5, (FormatReaderLimits<GridProbeLimits>.Default with { MaxTableCells = 5 }).MaxTableCells);
    }

    private sealed record ProbeLimits : FormatReaderLimits<ProbeLimits>
    {
        public int Bound { get; init; } = 7;
    }

    private sealed record GridProbeLimits : GridReaderLimits<GridProbeLimits>;

    // Refuses every page, saying which bound it was made with.
    private sealed class ProbeReader(ProbeLimits limits) : IDocumentReader
    {
        public bool CanRead(InputKind kind) => kind == InputKind.Html;

        public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits readerLimits, CancellationToken cancellation = default) =>
            throw new UnreadableInputException($"{file}：上限 {limits.Bound}");
    }
}
