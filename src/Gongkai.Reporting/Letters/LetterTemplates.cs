using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reporting.Docx;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// The default letter templates: one DOCX per <see cref="LetterKind"/>, from <see cref="LetterDefinitions"/>, laid out
/// as the reports are (<see cref="DocxReportWriter"/>: GB/T 9704, A4, title in 小标宋, body in 仿宋 三号) and meant to be
/// edited by an agency in Word or WPS.
/// </summary>
public static class LetterTemplates
{
    /// <summary>The default template of <paramref name="kind"/>, a DOCX with <c>{{名称}}</c> placeholders of <see cref="LetterFields"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static byte[] Default(LetterKind kind)
    {
        var definition = LetterDefinitions.Of(kind);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<FontTablePart>().Fonts = DocxFonts.FontTable();
            main.Document = new Document(Body(definition));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Body Body(LetterDefinition definition)
    {
        var body = new Body();
        body.Append(Title(LetterDefinitions.P(LetterFields.Agency), definition.Heading));
        body.Append(Unindented(LetterDefinitions.P(LetterFields.DocumentNumber), JustificationValues.Right));
        body.Append(Unindented(LetterDefinitions.P(definition.Addressee) + "：", JustificationValues.Left));
        for (var i = 0; i < definition.Paragraphs.Count; i++)
        {
            body.Append(Text(definition.Paragraphs[i], null));
            if (i == 0 && definition.Particulars.Count > 0)
            {
                body.Append(LetterParticularsTable.Create(definition.Particulars, TextWidth));
                // A short line between the table and the next paragraph, as the reports leave below theirs.
                body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto })));
            }
        }

        body.Append(Text(LetterDefinitions.ContactLine, null));
        // The 落款: the agency and the date at the right, one blank line below the text (GB/T 9704 §7.3.5).
        body.Append(Signature(LetterDefinitions.P(LetterFields.Agency), spaceBefore: true));
        body.Append(Signature(LetterDefinitions.P(LetterFields.SignedOn), spaceBefore: false));
        body.Append(new SectionProperties(
            new PageSize { Width = DocxReportWriter.PageWidth, Height = DocxReportWriter.PageHeight },
            new PageMargin
            {
                Top = DocxReportWriter.TopMargin,
                Bottom = DocxReportWriter.BottomMargin,
                Left = DocxReportWriter.LeftMargin,
                Right = DocxReportWriter.RightMargin,
                Header = 851,
                Footer = 1247,
                Gutter = 0,
            }));
        return body;
    }

    private const int TextWidth = DocxReportWriter.PageWidth - DocxReportWriter.LeftMargin - DocxReportWriter.RightMargin;

    private static Paragraph Title(string agency, string heading) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Title }),
        Run(agency),
        new Run(new Break()),
        Run(heading));

    private static Paragraph Text(string text, ParagraphProperties? properties)
    {
        var paragraph = new Paragraph();
        if (properties is not null)
        {
            paragraph.Append(properties);
        }

        paragraph.Append(Run(text));
        return paragraph;
    }

    private static Paragraph Unindented(string text, JustificationValues side) =>
        Text(text, new ParagraphProperties(new Indentation { FirstLine = "0", FirstLineChars = 0 }, new Justification { Val = side }));

    private static Paragraph Signature(string text, bool spaceBefore)
    {
        var properties = new ParagraphProperties(new KeepNext());
        if (spaceBefore)
        {
            properties.Append(new SpacingBetweenLines { Before = DocxStyles.Value(DocxStyles.LinePitch) });
        }

        // Two characters in from the right; twips for LibreOffice, characters for Word and WPS.
        properties.Append(new Indentation { Right = DocxStyles.Value(DocxStyles.TwoCharacters), RightChars = 200, FirstLine = "0", FirstLineChars = 0 });
        properties.Append(new Justification { Val = JustificationValues.Right });
        return Text(text, properties);
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
