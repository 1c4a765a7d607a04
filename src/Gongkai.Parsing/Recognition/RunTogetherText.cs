using System.Collections.Frozen;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Cuts a body run together on one line (a crawl's extraction of a portal page: paragraphs, headings and table cells
/// with no separator) back into paragraphs, before anything is recognised: at section headings (the catalogue's
/// titles and the old formats'), subsection numbering, sentence ends, spaces between words, and, where the text is
/// a table, before the template's row labels and header texts. Digits glued to each other are left as they are.
/// </summary>
/// <remarks>
/// Only a paragraph that is plainly several run together is cut: a long one holding two section headings or many
/// of the tables' labels. A long paragraph of an ordinary report holds neither and is left whole.
/// </remarks>
internal static class RunTogetherText
{
    // Shorter paragraphs are never several run together.
    private const int MinLength = 300;

    // Section headings (一、概述 … 二、主动公开…) inside one paragraph that show it holds the body.
    private const int MinHeadings = 2;

    // Or this many of the tables' labels and header texts (a table run onto one line).
    private const int MinLabels = 6;

    // A piece holding this many labels and no sentence end is a table's text and is cut before each label.
    private const int MinLabelsOfTablePiece = 2;

    private static readonly string[] SectionTitleTexts =
    [
        .. SectionTitles.All.SelectMany(t => t.Variants.Prepend(t.Title)).Concat(Pre2019Format.SectionTitles.Select(t => t.Title))
            .Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length),
    ];

    // The texts of the tables' cells in both editions: each row label's parts without their numbering (a label
    // "（三）不予公开 1．属于国家秘密" is the cells 不予公开 and 属于国家秘密), the column labels and the header texts,
    // longest first so that 本年新公开数量 is found before a shorter text inside it.
    private static readonly string[] TableTexts =
    [
        .. new[] { ReportTemplates.V2021, ReportTemplates.V2019 }
            .SelectMany(t => new[] { t.Proactive, t.Requests, t.Appeals })
            .SelectMany(table => table.Rows.SelectMany(r => r.Label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(r.Columns.Select(c => c.Label))))
            .Concat([ProactiveTemplate.ContentHeader, ProactiveTemplate.ArticleReference, RequestsTemplate.ApplicantsHeader, RequestsTemplate.OrganisationsHeader, RequestsTemplate.OutcomesHeader])
            .Select(WithoutNumbering)
            .Where(text => text.Length >= 2)
            .Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length),
    ];

    // The table texts by their first character, longest first within each: a position is tried only against the
    // texts that can start there (a long paragraph is scanned once, not once per text).
    private static readonly FrozenDictionary<char, string[]> TableTextsByFirst =
        TableTexts.GroupBy(t => t[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // The table texts by their last character, for a text that ends where a label starts.
    private static readonly FrozenDictionary<char, string[]> TableTextsByLast =
        TableTexts.GroupBy(t => t[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // The longest table text printed at i, or null.
    private static string? TableTextAt(string text, int i)
    {
        if (i >= text.Length || !TableTextsByFirst.TryGetValue(text[i], out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (text.AsSpan(i).StartsWith(candidate, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    // Whether a table text ends right before end.
    private static bool TableTextEndsAt(string text, int end)
    {
        if (end <= 0 || !TableTextsByLast.TryGetValue(text[end - 1], out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (text.AsSpan(0, end).EndsWith(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "（三）不予公开" → 不予公开, "1．属于国家秘密" → 属于国家秘密, "三、本年度办理结果" → 本年度办理结果.
    private static string WithoutNumbering(string text)
    {
        var k = 0;
        if (text.Length > 2 && text[0] is '（' or '(')
        {
            k = 1;
            while (k < text.Length && IsNumeral(text[k]))
            {
                k++;
            }

            return k > 1 && k < text.Length && text[k] is '）' or ')' ? text[(k + 1)..] : text;
        }

        while (k < text.Length && (IsNumeral(text[k]) || char.IsAsciiDigit(text[k])))
        {
            k++;
        }

        return k > 0 && k < text.Length && text[k] is '、' or '．' or '.' ? text[(k + 1)..] : text;
    }

    /// <summary>The document with each run-together paragraph cut into paragraphs, and a GK1015 note; the same instance when none is.</summary>
    public static SourceDocument Split(SourceDocument document)
    {
        List<Block>? blocks = null;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            if (block is not SourceParagraph paragraph || !IsRunTogether(paragraph.Text))
            {
                blocks?.Add(block);
                continue;
            }

            blocks ??= [.. document.Blocks.Take(b)];
            foreach (var piece in Cut(paragraph.Text).Where(p => !IsPortalWidget(p)))
            {
                blocks.Add(new SourceParagraph(piece, paragraph.Source));
            }
        }

        if (blocks is null)
        {
            return document;
        }

        var note = Diagnostic.Create(DiagnosticCodes.RunTogetherBody, Severity.Info,
            "正文的段落、标题和表格连在一行，已按章节标题、序号和格式中的行名、表头切分；表格数值请对照原文核对。", blocks.OfType<SourceParagraph>().FirstOrDefault()?.Source ?? default);
        return document with { Blocks = blocks, Diagnostics = [.. document.Diagnostics, note] };
    }

    /// <summary>Whether <paramref name="text"/> is several paragraphs run together.</summary>
    public static bool IsRunTogether(string text) =>
        text.Length >= MinLength && (HeadingStarts(text).Take(MinHeadings).Count() >= MinHeadings || LabelStarts(text).Where(l => IsGlued(text, l)).Take(MinLabels).Count() >= MinLabels);

    // A label glued to a figure as cells are, not as prose states one: a figure right before it (…000规范性文件), or
    // right after it without a measure word (规范性文件898989, not 结果维持0件 in a sentence).
    private static bool IsGlued(string text, (int Start, int End) label)
    {
        if (label.Start > 0 && char.IsAsciiDigit(text[label.Start - 1]))
        {
            return true;
        }

        var end = label.End;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > label.End && (end == text.Length || !MeasureWords.Contains(text[end], StringComparison.Ordinal));
    }

    private const string MeasureWords = "件条个项次人家份批篇期场万元年月日天%％.．";

    /// <summary>The paragraphs of a run-together <paramref name="text"/>, trimmed, empty ones left out.</summary>
    public static List<string> Cut(string text)
    {
        var cuts = new SortedSet<int>();
        foreach (var (start, end) in HeadingStarts(text))
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        AddSentenceAndNumberingCuts(text, cuts);
        var pieces = Pieces(text, cuts);
        var result = new List<string>();
        foreach (var piece in pieces)
        {
            if (!piece.Contains('。', StringComparison.Ordinal) && LabelStarts(piece).Take(MinLabelsOfTablePiece).Count() >= MinLabelsOfTablePiece)
            {
                var labelCuts = new SortedSet<int>(LabelStarts(piece).Select(l => l.Start));
                result.AddRange(Pieces(piece, labelCuts));
            }
            else
            {
                result.Add(piece);
            }
        }

        return result;
    }

    // The portal page's buttons and links that a crawl of the page runs into the body (翻译 搜索 复制 … 打印 关闭):
    // a piece that is nothing but one of them is the page's, not the report's.
    private static readonly HashSet<string> PortalWidgets = new(StringComparer.Ordinal)
    {
        "翻译", "搜索", "复制", "打印", "关闭", "分享", "收藏", "微信", "微博", "QQ空间", "全真版", "文字版", "文件下载", "附件下载", "相关链接：", "相关链接:", "-->", "当前位置：", "当前位置:", "【打印本页】", "【关闭窗口】",
    };

    private static bool IsPortalWidget(string piece) => PortalWidgets.Contains(piece);

    private static List<string> Pieces(string text, SortedSet<int> cuts)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            if (cut > start && text.AsSpan(start, cut - start).Trim() is { Length: > 0 } piece)
            {
                pieces.Add(piece.ToString());
            }

            start = Math.Max(start, cut);
        }

        return pieces;
    }

    // "二、主动公开政府信息情况": where a section heading starts (its numbering) and where its title ends.
    private static IEnumerable<(int Start, int End)> HeadingStarts(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (!IsNumeral(text[i]) || i > 0 && IsNumeral(text[i - 1]))
            {
                continue;
            }

            var j = i;
            while (j < text.Length && IsNumeral(text[j]))
            {
                j++;
            }

            if (j >= text.Length || text[j] is not ('、' or '．' or '.'))
            {
                continue;
            }

            var after = j + 1;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (SectionTitleTexts.FirstOrDefault(t => text.AsSpan(after).StartsWith(t, StringComparison.Ordinal)) is { } title)
            {
                yield return (i, after + title.Length);
            }
        }
    }

    // Table labels and header texts that stand as cells: right after a digit, a space, another label or a
    // numbering, or followed by a digit. The cut moves back over the label's own numbering (（一）, 1., 一、).
    private static IEnumerable<(int Start, int End)> LabelStarts(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var label = TableTextAt(text, i);
            if (label is null)
            {
                i++;
                continue;
            }

            var end = i + label.Length;
            var start = BackOverNumbering(text, i);
            var before = start > 0 ? text[start - 1] : ' ';
            var next = end < text.Length ? text[end] : ' ';
            if (start == 0 || char.IsAsciiDigit(before) || char.IsWhiteSpace(before) || start < i || char.IsAsciiDigit(next) || char.IsWhiteSpace(next) ||
                TableTextAt(text, end) is not null || TableTextEndsAt(text, start))
            {
                yield return (start, end);
            }

            i = end;
        }
    }

    // 1. / 1、 / （一） / 一、 printed before a label at i.
    private static int BackOverNumbering(string text, int i)
    {
        var k = i;
        if (k > 0 && text[k - 1] is '.' or '．' or '、')
        {
            var digits = k - 1;
            if (digits > 0 && IsNumeral(text[digits - 1]) && (digits < 2 || !IsNumeral(text[digits - 2])))
            {
                return digits - 1;
            }

            if (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
            {
                // One or two digits of a numbering glued to the figures before it: only the numbering's own digit.
                return digits - 1;
            }
        }

        if (k >= 3 && text[k - 1] is '）' or ')' && IsNumeral(text[k - 2]) && text[k - 3] is '（' or '(')
        {
            return k - 3;
        }

        return i;
    }

    private static void AddSentenceAndNumberingCuts(string text, SortedSet<int> cuts)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '！' or '？' or '；')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '’' or '）' or '」' or '』')
                {
                    end++;
                }

                cuts.Add(end);
            }
            else if (c is '（' or '(' && i + 2 < text.Length && IsNumeral(text[i + 1]) && (text[i + 2] is '）' or ')' || i + 3 < text.Length && IsNumeral(text[i + 2]) && text[i + 3] is '）' or ')')
                     && (i == 0 || text[i - 1] != '第'))
            {
                cuts.Add(i);
            }
            else if (char.IsWhiteSpace(c) && i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) &&
                     (IsWord(text[i - 1]) || char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '：' or ':' or '>') &&
                     (IsWord(text[i + 1]) || char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '-'))
            {
                cuts.Add(i);
            }
            else if (char.IsAsciiDigit(c) && i + 2 < text.Length && text[i + 1] is '、' && IsIdeograph(text[i + 2]) && i > 0 && (IsIdeograph(text[i - 1]) || text[i - 1] is '：' or ':'))
            {
                // "方面1、明确…": an item's numbering after words, never after figures.
                cuts.Add(i);
            }
        }
    }

    private static bool IsNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsWord(char c) => IsIdeograph(c) || c is '”' or '》' or '）' or ')';
}
