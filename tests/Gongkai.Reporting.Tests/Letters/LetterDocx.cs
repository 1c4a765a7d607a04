using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Tests.Letters;

/// <summary>Builds small DOCX templates for the tests, as an agency's edit in Word would leave them, and reads letters back.</summary>
internal static class LetterDocx
{
    /// <summary>A document whose body holds <paramref name="body"/>, with an optional header and footer paragraph.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> body, Paragraph? header = null, Paragraph? footer = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(header);
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(footer);
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            main.Document = new Document(new Body(body.Append(section)));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of one run per piece, as Word splits a line it has edited.</summary>
    public static Paragraph Paragraph(params string[] runs) => new(runs.Select(Run));

    /// <summary>A run of plain text.</summary>
    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>The text of every paragraph of the body, headers and footers, one a line, a line break as <c>\n</c>.</summary>
    public static string Text(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = package.MainDocumentPart!;
        var roots = new List<OpenXmlElement> { main.Document!.Body! };
        roots.AddRange(main.HeaderParts.Select(p => (OpenXmlElement)p.Header!));
        roots.AddRange(main.FooterParts.Select(p => (OpenXmlElement)p.Footer!));
        return string.Join("\n", roots.SelectMany(r => r.Descendants<Paragraph>()).Select(ParagraphText));
    }

    /// <summary>The body's paragraphs, for assertions on runs.</summary>
    public static IReadOnlyList<Paragraph> BodyParagraphs(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => (Paragraph)p.CloneNode(true))];
    }

    /// <summary>A paragraph's text, a line break as <c>\n</c>.</summary>
    public static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is Text run)
            {
                text.Append(run.Text);
            }
            else if (element is Break)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
