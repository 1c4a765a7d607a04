using Gongkai.Parsing.Pdf;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Cli;

/// <summary>The pipeline the CLI uses: every reader (text, PDF, …) and every rule.</summary>
internal static class ReportPipelines
{
    public static ReportPipeline Full { get; } = new ReportPipelineBuilder()
        .UsePdf()
        .Build();
}
