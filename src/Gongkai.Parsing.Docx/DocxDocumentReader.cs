using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Reads Word documents (DOCX, Office Open XML): body paragraphs with their heading levels and tables with merged cells,
/// in document order; text boxes and shapes are read after the body so that a sidebar cannot split a table.
/// </summary>
/// <remarks>Sources count the body's paragraphs and table rows as lines (<c>L12</c> is the 12th).</remarks>
public sealed class DocxDocumentReader(DocxReaderLimits limits) : IDocumentReader
{
    /// <summary>The reader with default limits.</summary>
    public static DocxDocumentReader Instance { get; } = new(DocxReaderLimits.Default);

    /// <inheritdoc />
    public bool CanRead(InputKind kind) => kind == InputKind.Zip;

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits readerLimits, CancellationToken cancellation = default) =>
        ReaderFailures.Guard(file, "Word 文档已损坏或格式不受支持", () =>
        {
            using var package = DocxPackage.Open(content, file, limits);
            var styles = WordStyleLevels.Read(package.ReadPart("word/styles.xml"));
            var numbering = new WordNumbering(package.ReadPart("word/numbering.xml"));
            var blocks = new WordBodyReader(file, limits, styles, numbering).Read(package.ReadPart("word/document.xml")!, cancellation);
            return new SourceDocument { File = file, Format = "docx", Blocks = blocks };
        });
}
