using Gongkai.Core.Rules;
using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;

namespace Gongkai.Application.Sources;

/// <summary>The pipeline the CLI uses: every reader (text, HTML, DOCX, XLSX, PDF) and every rule.</summary>
public static class ReportPipelines
{
    /// <summary>Every reader and every rule, with the default read limits.</summary>
    public static ReportPipeline Full { get; } = Create(ReaderLimits.Default);

    /// <summary>The full pipeline with a read time budget other than the default (<c>--timeout</c>), or <see cref="Full"/>.</summary>
    public static ReportPipeline WithReadTimeout(TimeSpan? readTimeout) =>
        readTimeout is { } timeout ? Create(ReaderLimits.Default with { ReadTimeout = timeout }) : Full;

    /// <summary>
    /// Every reader and no rule, with the read time budget given (or the default): for a caller that checks the report
    /// itself with <see cref="Core.Rules.ReportChecker"/> in its context (import, with the registry's level), so that
    /// nothing is checked twice.
    /// </summary>
    public static ReportPipeline ReadingOnly(TimeSpan? readTimeout) =>
        Create(readTimeout is { } timeout ? ReaderLimits.Default with { ReadTimeout = timeout } : ReaderLimits.Default, validate: false);

    private static ReportPipeline Create(ReaderLimits limits, bool validate = true) => new ReportPipelineBuilder()
        .WithValidator(validate ? ReportValidator.Default : null)
        .UseHtml()
        .UseDocx()
        .UseXlsx()
        .UsePdf()
        .UseLegacyOffice()
        .WithLimits(limits)
        .Build();
}
