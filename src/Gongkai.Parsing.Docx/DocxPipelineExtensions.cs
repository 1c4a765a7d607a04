using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>Registers the DOCX reader on a pipeline.</summary>
public static class DocxPipelineExtensions
{
    /// <summary>Reads Word documents (DOCX).</summary>
    public static ReportPipelineBuilder UseDocx(this ReportPipelineBuilder builder, DocxReaderLimits? limits = null) =>
        builder.UseReader(limits, l => new DocxDocumentReader(l));
}
