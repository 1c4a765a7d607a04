using Gongkai.Parsing.Docx;
using Gongkai.Parsing.Html;
using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Application.Tests.Support;

/// <summary>The pipeline the CLI imports with.</summary>
internal static class TestPipelines
{
    public static ReportPipeline Full { get; } = new ReportPipelineBuilder().UseHtml().UseDocx().UsePdf().Build();
}
