using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Html;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// The print view of a rendered letter: one self-contained HTML page (inline CSS, no external resource) with the
/// letter's text, on A4 with the reports' type area and fonts (<see cref="HtmlReportWriter"/>'s style sheet).
/// </summary>
/// <remarks>
/// It shows the text and its layout (title, right-aligned 落款, tables, line breaks), not every formatting an agency
/// may have added in Word: the DOCX stays the document of record.
/// </remarks>
public static class LetterPrintView
{
    // The letter's own paragraphs: unindented lines, the right-aligned 落款 and 文书编号, the blank line above the 落款.
    private const string LetterCss =
        "p.flush{text-indent:0}\n" +
        "p.right{text-indent:0;text-align:right;padding-right:2em}\n" +
        "p.centre{text-indent:0;text-align:center}\n" +
        "p.gap{margin-top:28.95pt}\n" +
        "td p{text-indent:0;text-align:left}\n";

    /// <summary>The print view of <paramref name="renderedDocx"/>, a letter from <see cref="LetterWriter.Render"/>.</summary>
    /// <exception cref="LetterTemplateException">The bytes are not a usable DOCX.</exception>
    public static string Html(byte[] renderedDocx)
    {
        return LetterPackage.Read(renderedDocx, document =>
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var title = body.Descendants<Paragraph>().FirstOrDefault(IsTitle);
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Encode(title is null ? "文书" : Lines(title, " "))).Append("</title>\n<style>\n")
                .Append(HtmlStyleSheet.Css).Append(LetterCss).Append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
            foreach (var element in body.ChildElements)
            {
                Block(element, html);
            }

            return html.Append("</div>\n</body>\n</html>\n").ToString();
        });
    }

    private static void Block(OpenXmlElement element, StringBuilder html)
    {
        switch (element)
        {
            case Paragraph paragraph when IsTitle(paragraph):
                html.Append("<h1>").Append(Encode(Lines(paragraph, "\n")).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</h1>\n");
                break;
            case Paragraph paragraph:
                html.Append("<p").Append(Classes(paragraph)).Append('>').Append(Content(paragraph)).Append("</p>\n");
                break;
            case Table table:
                html.Append("<table>\n");
                foreach (var row in table.Elements<TableRow>())
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        html.Append("<td>");
                        foreach (var inner in cell.ChildElements)
                        {
                            Block(inner, html);
                        }

                        html.Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
                break;
            case SdtBlock block:
                foreach (var inner in block.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    Block(inner, html);
                }

                break;
        }
    }

    private static bool IsTitle(Paragraph paragraph) =>
        string.Equals(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Docx.DocxStyles.Title, StringComparison.Ordinal);

    private static string Classes(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var classes = new List<string>();
        var side = properties?.Justification?.Val?.Value;
        if (side == JustificationValues.Right || side == JustificationValues.End)
        {
            classes.Add("right");
        }
        else if (side == JustificationValues.Center)
        {
            classes.Add("centre");
        }
        else if (properties?.Indentation?.FirstLine?.Value == "0")
        {
            classes.Add("flush");
        }

        if (properties?.SpacingBetweenLines?.Before?.Value is { Length: > 0 } before && before != "0")
        {
            classes.Add("gap");
        }

        return classes.Count == 0 ? string.Empty : " class=\"" + string.Join(' ', classes) + "\"";
    }

    private static string Content(Paragraph paragraph)
    {
        var text = Encode(Lines(paragraph, "\n"));
        return text.Length == 0 ? "&nbsp;" : text.Replace("\n", "<br>", StringComparison.Ordinal);
    }

    // The paragraph's text with its line breaks, skipping text boxes' own paragraphs and deleted text.
    private static string Lines(Paragraph paragraph, string lineBreak)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph)
            {
                continue;
            }

            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case Break or CarriageReturn:
                    text.Append(lineBreak);
                    break;
                case TabChar:
                    text.Append('\u3000');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
