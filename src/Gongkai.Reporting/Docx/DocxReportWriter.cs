using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// Writes a report as a Word document in the format of 党政机关公文 (GB/T 9704), as agencies publish these reports:
/// A4 portrait with the standard's margins, title in 小标宋 二号 centred, section headings in 黑体 三号, body in
/// 仿宋 三号 on 22 lines a page, tables in 宋体 五号 with single borders and the official format's merged header cells,
/// page numbers “— 1 —” in the footer. Fonts are declared with alternatives for machines that lack them.
/// </summary>
/// <remarks>docs/rendering-layout.md explains each choice and what it was compared with.</remarks>
public static class DocxReportWriter
{
    // A4 and the type area of GB/T 9704 §5.1 and §5.2.1: 156 mm × 225 mm, top margin 37 mm, binding (left) margin 28 mm.
    internal const int PageWidth = 11906;
    internal const int PageHeight = 16838;
    internal const int TopMargin = 2098;
    internal const int BottomMargin = 1984;
    internal const int LeftMargin = 1588;
    internal const int RightMargin = 1474;
    private const int TextWidth = PageWidth - LeftMargin - RightMargin; // 8844 twips = 156 mm

    /// <summary>Writes <paramref name="document"/> to <paramref name="stream"/>.</summary>
    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        main.AddNewPart<FontTablePart>().Fonts = DocxFonts.FontTable();
        var footers = DocxPageNumbers.Add(main);

        var body = new Body();
        body.Append(TitleParagraph(document.TitleLines));
        body.Append(Paragraph(document.Opening));
        foreach (var part in document.Parts)
        {
            body.Append(Paragraph(part.Heading, DocxStyles.Heading));
            foreach (var text in part.Paragraphs)
            {
                body.Append(Paragraph(text));
            }

            if (part.Table is { } table)
            {
                body.Append(DocxTableWriter.Table(table, TextWidth));
                body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto })));
            }
        }

        // The last paragraph goes with the signature: a signature never stands alone on a page.
        if (body.LastChild is Paragraph last && last.ParagraphProperties is null)
        {
            last.PrependChild(new ParagraphProperties(new KeepNext()));
        }

        body.Append(SignatureBlock(document.Signature, document.Date));
        var section = new SectionProperties(footers);
        section.Append(
            new PageSize { Width = PageWidth, Height = PageHeight },
            // The footer sits so that the page number's dashes are about 7 mm below the type area (GB/T 9704 §7.5).
            new PageMargin { Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin, Header = 851, Footer = 1247, Gutter = 0 });
        body.Append(section);
        main.Document = new Document(body);
        main.Document.Save();
    }

    // GB/T 9704 §7.3.5.2 (a report carries no seal): one blank line below the text, indented as SignatureIndents says.
    private static IEnumerable<Paragraph> SignatureBlock(string signature, string? date)
    {
        var (nameRight, dayRight) = Layout.SignatureIndents.Of(signature, date);
        yield return Signature(signature, nameRight, spaceBefore: true, keepWithNext: date is not null);
        if (date is not null)
        {
            yield return Signature(date, dayRight, spaceBefore: false, keepWithNext: false);
        }
    }

    private static Paragraph Signature(string text, double rightCharacters, bool spaceBefore, bool keepWithNext)
    {
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        if (spaceBefore)
        {
            properties.Append(new SpacingBetweenLines { Before = DocxStyles.Value(DocxStyles.LinePitch) });
        }

        // Twips for LibreOffice, characters for Word and WPS, which prefer them when both are given.
        var indent = (int)Math.Round(rightCharacters * DocxStyles.BodySize * 10);
        properties.Append(new Indentation { Right = DocxStyles.Value(indent), RightChars = (int)Math.Round(rightCharacters * 100), FirstLine = "0", FirstLineChars = 0 });
        properties.Append(new Justification { Val = JustificationValues.Right });
        return new Paragraph(properties, TextRun(text));
    }

    private static Paragraph TitleParagraph(IReadOnlyList<string> lines)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Title }));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            paragraph.Append(TextRun(lines[i]));
        }

        return paragraph;
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(TextRun(text));
        return paragraph;
    }

    /// <summary>A run of <paramref name="text"/>; a line break in it (a title on two lines, 本年新↵公开数量) becomes a Word line break.</summary>
    internal static Run TextRun(string text)
    {
        var run = new Run();
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
