using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Testing.Fuzzing;

/// <summary>
/// The layouts in which reports really reach users (issue #14), made from a text report: table cells one per line,
/// consecutive duplicate lines dropped (a crawler's extractor), the whole body on one line with cells glued, row
/// labels detached from their number rows (text extracted from PDFs), OCR placeholder headers, an HTML fragment
/// without <c>&lt;html&gt;</c>/<c>&lt;body&gt;</c>, and a crawl's metadata header block. Each takes and returns the
/// report's text; <see cref="Mutate"/> applies one to three of them in a seeded order.
/// </summary>
internal static partial class LayoutMutations
{
    /// <summary>The layout mutators by name, in the order of issue #14's classes.</summary>
    public static IReadOnlyList<(string Name, Func<string, Random, string> Apply)> All { get; } =
    [
        ("cells-one-per-line", (text, _) => CellsOnePerLine(text)),
        ("duplicates-dropped", (text, _) => DuplicatesDropped(CellsOnePerLine(text))),
        ("body-on-one-line", (text, random) => BodyOnOneLine(text, random)),
        ("labels-detached", (text, _) => LabelsDetached(text)),
        ("placeholder-headers", (text, _) => PlaceholderHeaders(text)),
        ("html-fragment", (text, random) => HtmlFragment(text, random)),
        ("crawl-header", (text, random) => CrawlHeader(text, random)),
    ];

    /// <summary>One to three layout mutations of <paramref name="text"/>, chosen by <paramref name="random"/>.</summary>
    public static string Mutate(string text, Random random)
    {
        var steps = 1 + random.Next(3);
        for (var step = 0; step < steps; step++)
        {
            text = All[random.Next(All.Count)].Apply(text, random);
        }

        return text;
    }

    /// <summary>Every cell of a row (TAB, two or more spaces, or a pipe apart) on a line of its own, as a crawler extracts a table.</summary>
    public static string CellsOnePerLine(string text) =>
        string.Join('\n', Lines(text).SelectMany(line => CellSeparator().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0 && !IsPipeRule(c))));

    /// <summary>Consecutive identical lines dropped: a row <c>规范性文件 / 5 / 5 / 5</c> arrives as <c>规范性文件 / 5</c>.</summary>
    public static string DuplicatesDropped(string text)
    {
        var kept = new List<string>();
        foreach (var line in Lines(text))
        {
            if (kept.Count == 0 || kept[^1] != line)
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept);
    }

    /// <summary>The whole body on one line, cells and paragraphs glued with no separator (<c>规范性文件898989</c>); the first lines may stay as a header.</summary>
    public static string BodyOnOneLine(string text, Random random)
    {
        var lines = Lines(text).ToList();
        var header = Math.Min(lines.Count, random.Next(3));
        var body = string.Concat(lines.Skip(header).SelectMany(line => CellSeparator().Split(line)).Select(c => c.Trim()));
        return string.Join('\n', lines.Take(header).Append(body));
    }

    /// <summary>In each run of table rows, the row labels first and then the rows of numbers, as text extracted from a PDF by column.</summary>
    public static string LabelsDetached(string text)
    {
        var output = new List<string>();
        var labels = new List<string>();
        var numbers = new List<string>();
        void Flush()
        {
            output.AddRange(labels);
            output.AddRange(numbers);
            labels.Clear();
            numbers.Clear();
        }

        foreach (var line in Lines(text))
        {
            var cells = CellSeparator().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            var firstNumber = cells.FindIndex(IsNumber);
            if (firstNumber > 0 && cells.Skip(firstNumber).All(IsNumber))
            {
                labels.Add(string.Join('\t', cells.Take(firstNumber)));
                numbers.Add(string.Join('\t', cells.Skip(firstNumber)));
            }
            else
            {
                Flush();
                output.Add(line);
            }
        }

        Flush();
        return string.Join('\n', output);
    }

    /// <summary>OCR's placeholder headers: a row of cells without a figure becomes <c>数据1 … 数据N</c>.</summary>
    public static string PlaceholderHeaders(string text) =>
        string.Join('\n', Lines(text).Select(line =>
        {
            var cells = CellSeparator().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            return cells.Count >= 3 && !cells.Any(c => c.Any(char.IsAsciiDigit))
                ? string.Join('\t', cells.Select((_, i) => $"数据{i + 1}"))
                : line;
        }));

    /// <summary>The body as a CMS or API returns it: <c>&lt;p&gt;</c> and <c>&lt;table&gt;</c> without <c>&lt;html&gt;</c>/<c>&lt;body&gt;</c>, sometimes after a tab or a line of text.</summary>
    public static string HtmlFragment(string text, Random random)
    {
        var html = new StringBuilder(random.Next(3) switch { 0 => "\t", 1 => "正文\n", _ => "" });
        var inTable = false;
        foreach (var line in Lines(text))
        {
            var cells = CellSeparator().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0 && !IsPipeRule(c)).ToList();
            if (cells.Count >= 2)
            {
                html.Append(inTable ? "" : "<table>").Append("<tr>").AppendJoin("", cells.Select(c => $"<td>{Escape(c)}</td>")).Append("</tr>\n");
                inTable = true;
                continue;
            }

            html.Append(inTable ? "</table>\n" : "").Append("<p>").Append(Escape(line.Trim())).Append("</p>\n");
            inTable = false;
        }

        return html.Append(inTable ? "</table>" : "").ToString();
    }

    /// <summary>A crawl archive's metadata header block before the body (标题 / 发布时间 / 文号 / 发布机构 / 栏目 / 原始链接 / 正文:).</summary>
    public static string CrawlHeader(string text, Random random)
    {
        var title = Lines(text).FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "";
        var published = new DateOnly(2015, 1, 1).AddDays(random.Next(4000));
        return $"""
            标题: {title}
            发布时间: {published:yyyy-MM-dd} 10:{random.Next(60):00}
            文号:
            发布机构: 青禾市示例局
            栏目: 政府信息公开年报
            原始链接: https://www.qinghe.example/zfxxgk/{random.Next(1_000_000)}/page.html
            正文:

            """.ReplaceLineEndings("\n") + text;
    }

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static bool IsNumber(string cell) => NumberCell().IsMatch(cell);

    private static bool IsPipeRule(string cell) => cell.All(c => c is '-' or ':' or '|' or ' ');

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\t|\s{2,}|\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"^[+\-]?\d+(\.\d+)?$")]
    private static partial Regex NumberCell();
}
