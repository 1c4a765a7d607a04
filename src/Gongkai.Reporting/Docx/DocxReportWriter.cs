using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// Writes a report as a Word document in the conventions of such documents: A4, title in 方正小标宋 (小标宋) 二号,
/// section headings in 黑体 三号, body in 仿宋_GB2312 三号 with fall-backs, tables with single borders and merged
/// header cells as the official format prints them.
/// </summary>
public static class DocxReportWriter
{
    private const string TitleFont = "方正小标宋简体";
    private const string HeadingFont = "黑体";
    private const string BodyFont = "仿宋_GB2312";

    /// <summary>Writes <paramref name="document"/> to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph(document.Title, TitleFont, 44, JustificationValues.Center, indent: false));
        body.Append(Paragraph(document.Opening, BodyFont, 32));
        foreach (var part in document.Parts)
        {
            body.Append(Paragraph(part.Heading, HeadingFont, 32, indent: false, outline: 0));
            foreach (var text in part.Paragraphs)
            {
                body.Append(Paragraph(text, BodyFont, 32));
            }

            if (part.Table is { } table)
            {
                body.Append(DocxTableWriter.Table(table, BodyFont));
                body.Append(new Paragraph());
            }
        }

        body.Append(Paragraph(document.Signature, BodyFont, 32, JustificationValues.Right, indent: false));
        if (document.Date is { } date)
        {
            body.Append(Paragraph(date, BodyFont, 32, JustificationValues.Right, indent: false));
        }

        // A4 portrait, margins of the 党政机关公文格式 (GB/T 9704): 37 mm top, 28 mm left.
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>A paragraph in one font and size (half-points), first line indented by two characters unless told not to.</summary>
    internal static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues? justify = null, bool indent = true, int? outline = null)
    {
        var properties = new ParagraphProperties();
        if (outline is { } level)
        {
            properties.Append(new OutlineLevel { Val = level });
        }

        properties.Append(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        properties.Append(new Justification { Val = justify ?? JustificationValues.Both });
        return new Paragraph(properties, Run(text, font, halfPoints));
    }

    /// <summary>A run with an East Asian font (and Latin fall-back) of the given size in half-points.</summary>
    /// <remarks>A line break in <paramref name="text"/> (a title on two lines, 本年新↵公开数量) becomes a Word line break.</remarks>
    internal static Run Run(string text, string font, int halfPoints)
    {
        var run = new Run(new RunProperties(
            new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman", Hint = FontTypeHintValues.EastAsia },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
