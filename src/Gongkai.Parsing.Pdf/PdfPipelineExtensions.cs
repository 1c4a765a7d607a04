using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Pdf;

/// <summary>Registers the PDF reader on a pipeline.</summary>
public static class PdfPipelineExtensions
{
    /// <summary>Reads PDF files with a text layer.</summary>
    public static ReportPipelineBuilder UsePdf(this ReportPipelineBuilder builder, PdfReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseReader(limits is null ? PdfDocumentReader.Instance : new PdfDocumentReader(limits));
    }
}
