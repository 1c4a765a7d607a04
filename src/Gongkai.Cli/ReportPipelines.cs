using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;

namespace Gongkai.Cli;

/// <summary>The pipeline the CLI uses: every reader (text, HTML, DOCX, XLSX, PDF) and every rule.</summary>
internal static class ReportPipelines
{
    public static ReportPipeline Full { get; } = new ReportPipelineBuilder()
        .UseHtml()
        .UseDocx()
        .UseXlsx()
        .UsePdf()
        .UseLegacyOffice()
        .Build();
}
