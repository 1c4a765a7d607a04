using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>Registers the XLSX reader on a pipeline.</summary>
public static class XlsxPipelineExtensions
{
    /// <summary>Reads Excel workbooks (XLSX): each visible sheet's ruled tables and its text, sheet by sheet.</summary>
    public static ReportPipelineBuilder UseXlsx(this ReportPipelineBuilder builder, XlsxReaderLimits? limits = null) =>
        builder.UseReader(limits, l => new XlsxDocumentReader(l));
}
