using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;

namespace Gongkai.Application.Sources;

/// <summary>
/// The pipeline every front end reads with: every reader (text, HTML, DOCX, XLSX, PDF, legacy Office). It reads only;
/// checking is the separate step <see cref="Checking.CheckReports"/> (or <see cref="Core.Rules.ReportChecker"/> in a context).
/// </summary>
public static class ReportPipelines
{
    /// <summary>Every reader, with the default read limits.</summary>
    public static ReportPipeline Full { get; } = Create(ReaderLimits.Default);

    /// <summary>The full pipeline with a read time budget other than the default (<c>--timeout</c>), or <see cref="Full"/>.</summary>
    public static ReportPipeline WithReadTimeout(TimeSpan? readTimeout) =>
        readTimeout is { } timeout ? Create(ReaderLimits.Default with { ReadTimeout = timeout }) : Full;

    private static ReportPipeline Create(ReaderLimits limits) => new ReportPipelineBuilder()
        .UseHtml()
        .UseDocx()
        .UseXlsx()
        .UsePdf()
        .UseLegacyOffice()
        .WithLimits(limits)
        .Build();
}
