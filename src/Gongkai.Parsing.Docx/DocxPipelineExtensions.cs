using Gongkai.Parsing.Pipeline;

namespace Gongkai.Parsing.Docx;

/// <summary>Registers the DOCX reader on a pipeline.</summary>
public static class DocxPipelineExtensions
{
    /// <summary>Reads Word documents (DOCX).</summary>
    public static ReportPipelineBuilder UseDocx(this ReportPipelineBuilder builder, DocxReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseReader(limits is null ? DocxDocumentReader.Instance : new DocxDocumentReader(limits));
    }
}
