namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>A format the reports are written in and parsed back from.</summary>
/// <param name="Name">The name failures are reported under.</param>
/// <param name="Extension">The file extension given to the parser, with its dot.</param>
/// <param name="Write">Writes a document as the file's bytes.</param>
internal sealed record RoundTripFormat(string Name, string Extension, Func<ReportDocument, byte[]> Write)
{
    /// <summary>Every format <c>gongkai render</c> writes (DOCX, HTML, Markdown, XLSX); the property test runs each case through all of them.</summary>
    public static IReadOnlyList<RoundTripFormat> All { get; } =
        [.. RenderFormats.All.Select(format => new RoundTripFormat(format.ToString().ToLowerInvariant(), format.Extension(), document => format.Render(document)))];
}
