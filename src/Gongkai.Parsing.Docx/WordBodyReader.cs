using System.Text;
using System.Xml;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// Streams word/document.xml into blocks: paragraphs with heading levels, tables as grids (<c>gridSpan</c>,
/// <c>vMerge</c>, <c>gridBefore</c>/<c>gridAfter</c>; a merged cell's text in its first position), nested tables
/// after their parent, text boxes after the body. Tracked changes are read accepted (<c>w:ins</c> kept,
/// <c>w:del</c> and <c>w:moveFrom</c> dropped); field codes, deleted text and the fallback copies of alternate
/// content are left out.
/// </summary>
/// <remarks>
/// A streaming reader rather than the Open XML SDK's typed tree: building the tree costs 4–6 ms for a typical
/// report's 140 KB of XML, several times the rest of the pipeline (docs/benchmarks.md).
/// </remarks>
internal sealed class WordBodyReader
{
    private const int MaxSpan = 64;

    private readonly string _file;
    private readonly DocxReaderLimits _limits;
    private readonly Dictionary<string, int> _styles;
    private readonly WordNumbering _numbering;
    private readonly List<Block> _body = [];
    private readonly List<Block> _textBoxes = [];
    private readonly Stack<Paragraph> _paragraphs = new();
    private readonly Stack<Table> _tables = new();
    private string _main = WordXml.Main;
    private string _markupCompatibility = WordXml.MarkupCompatibility;
    private int _textBoxDepth;
    private int _line;
    private bool _inRunProperties;
    private bool _hiddenRun;

    public WordBodyReader(string file, DocxReaderLimits limits, Dictionary<string, int> styles, WordNumbering numbering)
    {
        _file = file;
        _limits = limits;
        _styles = styles;
        _numbering = numbering;
    }

    public List<Block> Read(string documentXml, CancellationToken cancellation = default)
    {
        var (reader, main) = WordXml.Open(documentXml);
        using var _ = reader;
        _main = main;
        _markupCompatibility = reader.NameTable.Add(WordXml.MarkupCompatibility);
        reader.Read();
        var nodes = 0;
        while (!reader.EOF)
        {
            if (++nodes % 4096 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                if (Start(reader))
                {
                    continue; // the handler moved the reader on
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                End(reader);
            }

            reader.Read();
        }

        return [.. _body, .. _textBoxes];
    }

    // Returns true when it has already advanced the reader past the element.
    private bool Start(XmlReader reader)
    {
        if ((object)reader.NamespaceURI == _markupCompatibility && reader.LocalName == "Fallback")
        {
            reader.Skip();
            return true;
        }

        if ((object)reader.NamespaceURI != _main)
        {
            return false;
        }

        var empty = reader.IsEmptyElement;
        switch (reader.LocalName)
        {
            case "del" when _tables.Count > 0 && _tables.Peek().InRowProperties:
                _tables.Peek().RowDeleted = true; // a deleted row (w:trPr/w:del), dropped at its end
                break;
            case "del" or "moveFrom" or "instrText" or "delText" or "delInstrText" or
                 "pPrChange" or "rPrChange" or "tcPrChange" or "trPrChange" or "tblPrChange" or "tblGridChange" or "sectPrChange" or "numberingChange":
                reader.Skip(); // deleted content, and the properties recorded as they were before a tracked change
                return true;
            case "r":
                _hiddenRun = false;
                break;
            case "vanish" or "specVanish" when _inRunProperties && reader.GetAttribute("val", WordXml.Main) is not ("0" or "false" or "off"):
                _hiddenRun = true;
                break;
            case "rPr" when !empty:
                _inRunProperties = true;
                break;
            case "trPr" when _tables.Count > 0 && !empty:
                _tables.Peek().InRowProperties = true;
                break;
            case "t" when _hiddenRun:
                reader.Skip();
                return true;
            case "t" when _paragraphs.Count > 0:
                _paragraphs.Peek().Text.Append(empty ? "" : reader.ReadElementContentAsString());
                return !empty;
            case "tab" or "ptab" when _paragraphs.Count > 0 && !InTabStops(reader):
                _paragraphs.Peek().Text.Append(' ');
                break;
            case "br" or "cr" when _paragraphs.Count > 0:
                _paragraphs.Peek().Text.Append('\n');
                break;
            case "noBreakHyphen" when _paragraphs.Count > 0:
                _paragraphs.Peek().Text.Append('-');
                break;
            case "p" when !empty:
                // A paragraph of a text box inside a cell belongs to the text box, not to the cell.
                _paragraphs.Push(new Paragraph(_textBoxDepth > 0, _tables.Count > 0 && _tables.Peek().InCell && _tables.Peek().TextBoxDepth == _textBoxDepth));
                break;
            case "pStyle" when _paragraphs.Count > 0 && reader.GetAttribute("val", WordXml.Main) is { } style && _styles.TryGetValue(style, out var level):
                _paragraphs.Peek().Level = level;
                break;
            case "ilvl" when _paragraphs.Count > 0 && int.TryParse(reader.GetAttribute("val", WordXml.Main), out var ilvl):
                _paragraphs.Peek().ListLevel = ilvl;
                break;
            case "numId" when _paragraphs.Count > 0 && _paragraphs.Peek().Text.Length == 0 && reader.GetAttribute("val", WordXml.Main) is { } numId:
                _paragraphs.Peek().Text.Append(_numbering.Next(numId, _paragraphs.Peek().ListLevel));
                break;
            case "outlineLvl" when _paragraphs.Count > 0 && int.TryParse(reader.GetAttribute("val", WordXml.Main), out var outline) && outline is >= 0 and < 9:
                _paragraphs.Peek().Level = outline + 1;
                break;
            case "txbxContent" when !empty:
                _textBoxDepth++;
                break;
            case "tbl" when !empty:
                if (_tables.Count >= _limits.MaxTableDepth)
                {
                    reader.Skip();
                    return true;
                }

                _tables.Push(new Table(_tables.Count > 0 ? _tables.Peek() : null, _textBoxDepth > 0, _textBoxDepth));
                break;
            case "tr" when _tables.Count > 0 && !empty:
                _tables.Peek().Rows.Add([]);
                break;
            case "gridBefore" when _tables.Count > 0 && _tables.Peek().Rows.Count > 0:
                Pad(_tables.Peek().Rows[^1], Count(reader));
                break;
            case "tc" when _tables.Count > 0 && _tables.Peek().Rows.Count > 0 && !empty:
                _tables.Peek().Cell = new Cell();
                break;
            case "gridSpan" when _tables.Count > 0 && _tables.Peek().Cell is { } cell:
                cell.Span = Count(reader);
                break;
            case "vMerge" or "hMerge" when _tables.Count > 0 && _tables.Peek().Cell is { } cell:
                cell.Continued |= reader.GetAttribute("val", WordXml.Main) is null or "continue";
                break;
        }

        return false;
    }

    private void End(XmlReader reader)
    {
        if ((object)reader.NamespaceURI != _main)
        {
            return;
        }

        switch (reader.LocalName)
        {
            case "rPr":
                _inRunProperties = false;
                break;
            case "trPr" when _tables.Count > 0:
                _tables.Peek().InRowProperties = false;
                break;
            case "tr" when _tables.Count > 0 && _tables.Peek().RowDeleted:
                _tables.Peek().Rows.RemoveAt(_tables.Peek().Rows.Count - 1);
                _tables.Peek().RowDeleted = false;
                break;
            case "p" when _paragraphs.Count > 0:
                EndParagraph(_paragraphs.Pop());
                break;
            case "txbxContent" when _textBoxDepth > 0:
                _textBoxDepth--;
                break;
            case "tc" when _tables.Count > 0 && _tables.Peek().Cell is { } cell:
                var row = _tables.Peek().Rows[^1];
                row.Add(cell.Continued ? "" : WrappedText.Join(cell.Paragraphs));
                Pad(row, Math.Clamp(cell.Span, 1, MaxSpan) - 1);
                _tables.Peek().Cell = null;
                break;
            case "tbl" when _tables.Count > 0:
                EndTable(_tables.Pop());
                break;
        }
    }

    private void EndParagraph(Paragraph paragraph)
    {
        if (paragraph.InCell && _tables.Count > 0 && _tables.Peek().Cell is { } cell)
        {
            cell.Paragraphs.AddRange(paragraph.Text.ToString().Split('\n'));
            return;
        }

        foreach (var text in paragraph.Text.ToString().Split('\n'))
        {
            if (text.Trim().Length > 0)
            {
                Target(paragraph.InTextBox).Add(new SourceParagraph(text.Trim(), new SourceRef(_file, ++_line), paragraph.Level));
            }
        }
    }

    private void EndTable(Table table)
    {
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        if ((long)width * table.Rows.Count > _limits.MaxTableCells)
        {
            throw new UnreadableInputException($"{_file}：表格超过 {_limits.MaxTableCells} 个单元格，已拒绝。");
        }

        if (table.Parent is { } parent)
        {
            parent.Nested.Add(table);
            return;
        }

        Emit(table, width);
    }

    // A top-level table, then the tables nested in its cells, in order.
    private void Emit(Table table, int width)
    {
        if (table.Rows.Count > 0 && width > 0)
        {
            var rows = table.Rows.Select(cells =>
            {
                Pad(cells, width - cells.Count);
                var source = new SourceRef(_file, ++_line);
                return new SourceRow(cells.Select((text, i) => new SourceCell(text, source with { Cell = i + 1 })).ToList(), source);
            }).ToList();
            Target(table.InTextBox).Add(new SourceTable(rows, rows[0].Source, IsGrid: true));
        }

        foreach (var nested in table.Nested)
        {
            Emit(nested, nested.Rows.Count == 0 ? 0 : nested.Rows.Max(r => r.Count));
        }
    }

    private List<Block> Target(bool textBox) => textBox ? _textBoxes : _body;

    private static bool InTabStops(XmlReader reader) => reader.GetAttribute("pos", WordXml.Main) is not null;

    private static int Count(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("val", WordXml.Main), out var value) ? Math.Clamp(value, 0, MaxSpan) : 1;

    private static void Pad(List<string> cells, int count)
    {
        for (var i = 0; i < count; i++)
        {
            cells.Add("");
        }
    }

    private sealed class Paragraph(bool inTextBox, bool inCell)
    {
        public StringBuilder Text { get; } = new();

        public int Level { get; set; }

        public int ListLevel { get; set; }

        public bool InTextBox => inTextBox;

        public bool InCell => inCell;
    }

    private sealed class Cell
    {
        public List<string> Paragraphs { get; } = [];

        public int Span { get; set; } = 1;

        public bool Continued { get; set; }
    }

    private sealed class Table(Table? parent, bool inTextBox, int textBoxDepth)
    {
        public Table? Parent => parent;

        public bool InTextBox => inTextBox;

        public int TextBoxDepth => textBoxDepth;

        public bool InRowProperties { get; set; }

        public bool RowDeleted { get; set; }

        public List<List<string>> Rows { get; } = [];

        public List<Table> Nested { get; } = [];

        public Cell? Cell { get; set; }

        public bool InCell => Cell is not null;
    }
}
