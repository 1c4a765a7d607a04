using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Reads Word documents (DOCX, Office Open XML): body paragraphs with their heading levels and tables with merged cells,
/// in document order; text boxes and shapes are read after the body so that a sidebar cannot split a table.
/// </summary>
/// <remarks>Sources count the body's paragraphs and table rows as lines (<c>L12</c> is the 12th).</remarks>
public sealed class DocxDocumentReader(DocxReaderLimits limits) : GuardedDocumentReader<DocxReaderLimits>(limits, "Word 文档已损坏或格式不受支持")
{
    /// <summary>The reader with default limits.</summary>
    public static DocxDocumentReader Instance { get; } = new(DocxReaderLimits.Default);

    /// <inheritdoc />
    public override bool CanRead(InputKind kind) => kind == InputKind.Zip;

    /// <inheritdoc />
    protected override SourceDocument ReadFile(ReadOnlyMemory<byte> content, string file, ReaderLimits limits, CancellationToken cancellation)
    {
        using var package = DocxPackage.Open(content, file, Limits);
        var styles = WordStyleLevels.Read(package.ReadPart("word/styles.xml"));
        var numbering = new WordNumbering(package.ReadPart("word/numbering.xml"));
        var blocks = new WordBodyReader(file, Limits, styles, numbering).Read(package.ReadPart("word/document.xml")!, cancellation);
        return new SourceDocument { File = file, Format = "docx", Blocks = blocks };
    }
}
