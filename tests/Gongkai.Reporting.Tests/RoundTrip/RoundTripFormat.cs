using System.Text;
using Gongkai.Reporting.Docx;
using Gongkai.Reporting.Html;
using Gongkai.Reporting.Markdown;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>A format the reports are written in and parsed back from.</summary>
/// <param name="Name">The name failures are reported under.</param>
/// <param name="Extension">The file extension given to the parser, with its dot.</param>
/// <param name="Write">Writes a document as the file's bytes.</param>
internal sealed record RoundTripFormat(string Name, string Extension, Func<ReportDocument, byte[]> Write)
{
    /// <summary>Every format a writer produces; the property test runs each case through all of them.</summary>
    public static IReadOnlyList<RoundTripFormat> All { get; } =
    [
        new("docx", ".docx", Docx),
        new("html", ".html", document => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document))),
        new("markdown", ".md", document => Encoding.UTF8.GetBytes(MarkdownReportWriter.Write(document))),
    ];

    private static byte[] Docx(ReportDocument document)
    {
        using var stream = new MemoryStream();
        DocxReportWriter.Write(document, stream);
        return stream.ToArray();
    }
}
