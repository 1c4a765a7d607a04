using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Html;

/// <summary>Registers the HTML reader on a pipeline.</summary>
public static class HtmlPipelineExtensions
{
    /// <summary>Reads report pages (HTML).</summary>
    public static ReportPipelineBuilder UseHtml(this ReportPipelineBuilder builder, HtmlReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseReader(limits is null ? HtmlDocumentReader.Instance : new HtmlDocumentReader(limits));
    }
}
