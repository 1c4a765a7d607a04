using Gongkai.Core.Model;

namespace Gongkai.Parsing.Pipeline;

/// <summary>One-line entry points over a default <see cref="ReportPipeline"/> (text formats; reading only, the rules are <c>Core/Rules/ReportChecker</c>'s).</summary>
public static class ReportParser
{
    /// <summary>The default pipeline.</summary>
    public static ReportPipeline Default { get; } = new ReportPipelineBuilder().Build();

    /// <summary>Parses the file at <paramref name="path"/>.</summary>
    public static ParseResult ParseFile(string path) => Default.ParseFile(path);

    /// <summary>Parses report text, as if read from a UTF-8 file named <paramref name="file"/>.</summary>
    public static ParseResult ParseText(string text, string file = "<text>") =>
        Default.Parse(System.Text.Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))), file);

    /// <summary>The report in <paramref name="text"/>, or null when the text is not a report.</summary>
    public static AnnualReport? Read(string text) => ParseText(text).Report;
}
