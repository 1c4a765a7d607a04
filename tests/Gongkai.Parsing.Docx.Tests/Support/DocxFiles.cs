using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx.Tests.Support;

/// <summary>Small DOCX packages built in memory with the Open XML SDK, and raw ZIP files for hostile input.</summary>
internal static class DocxFiles
{
    /// <summary>A DOCX whose body is <paramref name="bodyXml"/>, with a styles part when <paramref name="stylesXml"/> is given.</summary>
    public static byte[] Create(string bodyXml, string? stylesXml = null, Action<MainDocumentPart>? more = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document($"<w:document {WordMarkup.Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles {WordMarkup.Namespaces}>{stylesXml}</w:styles>");
            }

            more?.Invoke(main);
        }

        return stream.ToArray();
    }

    /// <summary>What the reader makes of the DOCX.</summary>
    public static SourceDocument Read(byte[] docx, string file = "test.docx", DocxReaderLimits? limits = null) =>
        new DocxDocumentReader(limits ?? DocxReaderLimits.Default).Read(docx, file, ReaderLimits.Default);

    /// <summary>What the reader makes of a DOCX with this body.</summary>
    public static SourceDocument ReadBody(string bodyXml, string? stylesXml = null) => Read(Create(bodyXml, stylesXml));

    /// <summary>A ZIP file with these entries (UTF-8 text).</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The DOCX with one part's content replaced (or added).</summary>
    public static byte[] WithPart(byte[] docx, string name, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>The blocks as short strings: <c>P text</c>, <c>H2 text</c>, <c>T a|b / c|d</c>.</summary>
    public static List<string> Describe(SourceDocument document) => Describe(document.Blocks);

    public static List<string> Describe(IEnumerable<Block> blocks) => blocks.Select(block => block switch
    {
        SourceParagraph { HeadingLevel: > 0 } p => $"H{p.HeadingLevel} {p.Text}",
        SourceParagraph p => $"P {p.Text}",
        SourceTable t => "T " + string.Join(" / ", t.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text)))),
        _ => block.GetType().Name,
    }).ToList();
}
