using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Html;

/// <summary>
/// Turns the content element into blocks in reading order: block elements and <c>br</c> end paragraphs, headings
/// keep their level, data tables become grids (<see cref="HtmlTableGrid"/>), tables used for page layout are read
/// through, pictures are recorded. Sources are the HTML file's line numbers.
/// </summary>
internal sealed class HtmlBlockWalker(string file, HtmlReaderLimits limits, CancellationToken cancellation = default)
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "SELECT", "BUTTON", "INPUT", "TEXTAREA", "HEAD", "NAV"];

    private static readonly HashSet<string> BlockElements =
    [
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "LI", "UL", "OL", "DL", "DT", "DD",
        "BLOCKQUOTE", "PRE", "CENTER", "H1", "H2", "H3", "H4", "H5", "H6", "HR", "FORM", "FIGURE", "FIGCAPTION", "ADDRESS", "TR",
    ];

    private readonly StringBuilder _text = new();
    private SourceRef _textSource;
    private int _headingLevel;

    public List<Block> Blocks { get; } = [];

    /// <summary>What the walk noticed: tables too large to expand.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public void Walk(IElement root)
    {
        // Iterative walk with an explicit stack of (node, leaving?) so that nesting depth cannot overflow.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if (++visited % 4096 == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                Flush();
                _headingLevel = 0;
                continue;
            }

            switch (node)
            {
                case IText text:
                    Append(text);
                    break;
                case IHtmlImageElement image:
                    Flush();
                    Blocks.Add(new SourceImage(ImageDescription(image), Source(image)));
                    break;
                case IHtmlBreakRowElement:
                    Flush();
                    break;
                case IHtmlTableElement table when HtmlTableGrid.IsDataTable(table, out var rows):
                    Flush();
                    AddTable(table, rows);
                    break;
                case IElement element when Skipped.Contains(element.TagName):
                    break;
                case IElement element:
                    var block = BlockElements.Contains(element.TagName) || element is IHtmlTableCellElement;
                    if (block)
                    {
                        Flush();
                        stack.Push((element, true));
                        if (element.TagName is ['H', >= '1' and <= '6'])
                        {
                            _headingLevel = element.TagName[1] - '0';
                        }
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }

                    break;
            }
        }

        Flush();
    }

    private void Append(IText text)
    {
        var value = text.Data;
        if (string.IsNullOrWhiteSpace(value) || value.All(c => c is '\u00A0' or '\u3000' || char.IsWhiteSpace(c)))
        {
            if (_text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
            }

            return;
        }

        if (_text.Length == 0)
        {
            _textSource = new SourceRef(file, LineOf(text));
        }

        _text.Append(value);
    }

    private void Flush()
    {
        var text = HtmlTableGrid.Tidy(_text.ToString());
        _text.Clear();
        if (text.Length > 0)
        {
            Blocks.Add(new SourceParagraph(text, _textSource, _headingLevel));
        }
    }

    private void AddTable(IHtmlTableElement table, TableRowCells[] tableRows)
    {
        var grid = HtmlTableGrid.Build(tableRows, limits.MaxTableCells);
        if (grid is null)
        {
            Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.TableUnreadable, Severity.Warning,
                $"{file}：网页中有一个表格展开后超过 {limits.MaxTableCells} 个单元格，已跳过。", Source(table)));
            return;
        }

        var rows = new List<SourceRow>(grid.Count);
        foreach (var (cells, element) in grid)
        {
            var source = Source(element);
            rows.Add(new SourceRow(cells.Select((text, i) => new SourceCell(text, source with { Cell = i + 1 })).ToList(), source));
        }

        if (rows.Count > 0)
        {
            Blocks.Add(new SourceTable(rows, rows[0].Source, IsGrid: true));
        }
    }

    // Text nodes carry no position: count from the element just before the text (a br, a span) or its parent,
    // plus the line breaks before the text's first visible character.
    private static int LineOf(IText text)
    {
        var anchor = text.PreviousElementSibling ?? text.ParentElement;
        var line = anchor?.SourceReference?.Position.Line ?? 0;
        if (line == 0)
        {
            return 0;
        }

        foreach (var c in text.Data)
        {
            if (c == '\n')
            {
                line++;
            }
            else if (!char.IsWhiteSpace(c) && c != '\u00A0')
            {
                break;
            }
        }

        return line;
    }

    private SourceRef Source(IElement? element) =>
        new(file, element?.SourceReference?.Position.Line ?? 0);

    private static string ImageDescription(IHtmlImageElement image)
    {
        var alt = image.AlternativeText?.Trim();
        if (!string.IsNullOrEmpty(alt))
        {
            return alt;
        }

        var source = image.GetAttribute("src") ?? "";
        return source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? "内嵌图片" : Path.GetFileName(source.Split('?')[0]);
    }
}
