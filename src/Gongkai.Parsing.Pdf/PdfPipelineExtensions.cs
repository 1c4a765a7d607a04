using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Pdf;

/// <summary>Registers the PDF reader on a pipeline.</summary>
public static class PdfPipelineExtensions
{
    /// <summary>Reads PDF files with a text layer; <paramref name="layout"/> swaps layout steps or their options (today's by default).</summary>
    public static ReportPipelineBuilder UsePdf(this ReportPipelineBuilder builder, PdfReaderLimits? limits = null, PdfLayoutPipeline? layout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseReader(limits is null && layout is null
            ? PdfDocumentReader.Instance
            : new PdfDocumentReader(limits ?? PdfReaderLimits.Default, layout ?? PdfLayoutPipeline.Default));
    }
}
