using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Html;

/// <summary>Registers the HTML reader on a pipeline.</summary>
public static class HtmlPipelineExtensions
{
    /// <summary>Reads report pages (HTML).</summary>
    public static ReportPipelineBuilder UseHtml(this ReportPipelineBuilder builder, HtmlReaderLimits? limits = null) =>
        builder.UseReader(limits, l => new HtmlDocumentReader(l));
}
