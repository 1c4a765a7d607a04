using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Input;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Reads Word documents (DOCX, Open XML): body paragraphs with their heading levels and tables with merged cells,
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
    public SourceDocument Read(ReadOnlyMemory<byte> content, string file, ReaderLimits readerLimits)
    {
        try
        {
            using var package = DocxPackage.Open(content, file, limits);
            var body = new Document(package.ReadPart("word/document.xml")!).Body
                ?? throw new UnreadableInputException($"{file}：Word 文档没有正文。");
            var walker = new BodyWalker(file, limits, new WordStyles(package.ReadPart("word/styles.xml")));
            walker.Walk(body);
            return new SourceDocument { File = file, Format = "docx", Blocks = walker.Blocks };
        }
        catch (UnreadableInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or InsufficientExecutionStackException or StackOverflowException))
        {
            // Damaged ZIP directories, malformed XML, out-of-range attributes: the Open XML and ZIP code throws many
            // types on hostile input; all of them mean the same to the user.
            throw new UnreadableInputException($"{file}：Word 文档已损坏或格式不受支持（{ex.GetType().Name}）。", ex);
        }
    }

    private sealed class BodyWalker(string file, DocxReaderLimits limits, WordStyles styles)
    {
        private readonly List<TextBoxContent> _textBoxes = [];
        private int _line;

        public List<Block> Blocks { get; } = [];

        public void Walk(Body body)
        {
            WalkBlocks(body, depth: 0);

            // Text boxes and shapes after the body: their place in the XML says little about where they are read.
            for (var i = 0; i < _textBoxes.Count && i < 1000; i++)
            {
                WalkBlocks(_textBoxes[i], depth: 1);
            }
        }

        private void WalkBlocks(OpenXmlElement container, int depth)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case Table table:
                        AddTable(table, depth);
                        break;
                    case SdtBlock or CustomXmlBlock or SdtContentBlock:
                        WalkBlocks(child, depth);
                        break;
                }
            }
        }

        private void AddParagraph(Paragraph paragraph)
        {
            var level = styles.LevelOf(paragraph);
            foreach (var text in WordText.Of(paragraph, _textBoxes).Split('\n'))
            {
                if (text.Trim().Length > 0)
                {
                    Blocks.Add(new SourceParagraph(text.Trim(), new SourceRef(file, ++_line), level));
                }
            }
        }

        private void AddTable(Table table, int depth)
        {
            if (depth >= limits.MaxTableDepth)
            {
                return;
            }

            var nested = new List<Table>();
            var grid = WordTableGrid.Build(table, file, limits, nested, _textBoxes);
            if (grid.Count > 0)
            {
                var rows = grid.Select(cells =>
                {
                    var source = new SourceRef(file, ++_line);
                    return new SourceRow(cells.Select((text, i) => new SourceCell(text, source with { Cell = i + 1 })).ToList(), source);
                }).ToList();
                Blocks.Add(new SourceTable(rows, rows[0].Source, IsGrid: true));
            }

            foreach (var inner in nested)
            {
                AddTable(inner, depth + 1);
            }
        }
    }
}
