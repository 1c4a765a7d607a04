using System.Text;
using Gongkai.Reporting.Docx;
using Gongkai.Reporting.FillIn;
using Gongkai.Reporting.Html;
using Gongkai.Reporting.Markdown;

namespace Gongkai.Reporting;

/// <summary>The formats a report is rendered to.</summary>
public enum RenderFormat
{
    /// <summary>A Word document in the official layout.</summary>
    Docx,

    /// <summary>One self-contained, print-ready HTML page.</summary>
    Html,

    /// <summary>Markdown: headings, paragraphs and the tables as pipe tables.</summary>
    Markdown,

    /// <summary>The fill-in workbook: text and one sheet per table, with formulas for totals.</summary>
    Xlsx,
}

/// <summary>Writing a <see cref="ReportDocument"/> in each <see cref="RenderFormat"/>.</summary>
public static class RenderFormats
{
    /// <summary>Every format.</summary>
    public static IReadOnlyList<RenderFormat> All { get; } = [RenderFormat.Docx, RenderFormat.Html, RenderFormat.Markdown, RenderFormat.Xlsx];

    /// <summary>The file extension, with its dot.</summary>
    public static string Extension(this RenderFormat format) => format switch
    {
        RenderFormat.Docx => ".docx",
        RenderFormat.Html => ".html",
        RenderFormat.Markdown => ".md",
        _ => ".xlsx",
    };

    /// <summary>Parses a format name as given on the command line (docx, html, md/markdown, xlsx).</summary>
    public static RenderFormat? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "docx" or "word" => RenderFormat.Docx,
        "html" or "htm" => RenderFormat.Html,
        "md" or "markdown" => RenderFormat.Markdown,
        "xlsx" or "excel" => RenderFormat.Xlsx,
        _ => null,
    };

    /// <summary>Writes <paramref name="document"/> in <paramref name="format"/> to <paramref name="stream"/>.</summary>
    public static void Write(this RenderFormat format, ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case RenderFormat.Docx:
                DocxReportWriter.Write(document, stream);
                break;
            case RenderFormat.Xlsx:
                ReportWorkbookWriter.Write(document, stream);
                break;
            default:
                var text = format == RenderFormat.Html ? HtmlReportWriter.Write(document) : MarkdownReportWriter.Write(document);
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                break;
        }
    }

    /// <summary>The bytes of <paramref name="document"/> in <paramref name="format"/>.</summary>
    public static byte[] Render(this RenderFormat format, ReportDocument document)
    {
        using var buffer = new MemoryStream();
        format.Write(document, buffer);
        return buffer.ToArray();
    }
}
