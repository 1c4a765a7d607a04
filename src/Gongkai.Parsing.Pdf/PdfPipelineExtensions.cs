using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Pdf;

/// <summary>Registers the PDF reader on a pipeline.</summary>
public static class PdfPipelineExtensions
{
    /// <summary>Reads PDF files with a text layer; <paramref name="layout"/> swaps layout steps or their options (today's by default).</summary>
    public static ReportPipelineBuilder UsePdf(this ReportPipelineBuilder builder, PdfReaderLimits? limits = null, PdfLayoutPipeline? layout = null) =>
        builder.UseReader(limits, l => new PdfDocumentReader(l, layout ?? PdfLayoutPipeline.Default));
}
