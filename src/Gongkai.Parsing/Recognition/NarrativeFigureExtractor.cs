using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>
/// Finds figures the text states that tables 三 and 四 also give: applications received
/// (<c>共受理政府信息公开申请40件</c>, <c>收到依申请公开31件</c>) and reconsiderations and lawsuits about disclosure
/// (<c>行政复议1件</c>, <c>未发生…行政复议</c>).
/// </summary>
/// <remarks>
/// Conservative by design: an application figure must be about disclosure (信息公开/依申请), not test requests
/// (测试申请) or licensing applications; an appeals figure must sit in a sentence about 信息公开 or in section 四,
/// since a justice bureau's report also counts the reconsiderations it decides as an organ.
/// </remarks>
internal static partial class NarrativeFigureExtractor
{
    // Every pattern below needs 申 (申请), 复 (复议) or 诉 (诉讼).
    private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create("申复诉");

    public static List<NarrativeFigure> Extract(IReadOnlyList<DocumentRow> rows, IReadOnlyList<SectionHeading> headings)
    {
        var figures = new List<NarrativeFigure>();
        var end = headings.FirstOrDefault(h => h.Kind >= SectionKind.Problems)?.RowIndex ?? rows.Count;
        var section = SectionKind.Overview;
        var headingAt = headings.ToDictionary(h => h.RowIndex, h => h.Kind);
        for (var i = 0; i < end; i++)
        {
            if (headingAt.TryGetValue(i, out var kind))
            {
                section = kind;
            }

            if (rows[i].Paragraph is not { } paragraph || paragraph.Text.AsSpan().IndexOfAny(KeyCharacters) < 0)
            {
                continue;
            }

            foreach (var sentence in Sentences(Compact(paragraph.Text)))
            {
                Read(sentence, section, paragraph.Source, figures);
            }
        }

        return figures;
    }

    private static void Read(string sentence, SectionKind section, SourceRef source, List<NarrativeFigure> figures)
    {
        foreach (Match match in Requests().Matches(sentence))
        {
            var middle = match.Groups["mid"].Value;
            var aboutDisclosure = middle.Contains("公开", StringComparison.Ordinal) || match.Groups["pub"].Success || middle.Contains("依申请", StringComparison.Ordinal);
            if (aboutDisclosure && !Excluded().IsMatch(middle))
            {
                Add(figures, NarrativeFigureKind.RequestsReceived, match, source);
            }
        }

        var aboutAppeals = section == SectionKind.Appeals || sentence.Contains("信息公开", StringComparison.Ordinal);
        if (!aboutAppeals)
        {
            return;
        }

        foreach (Match match in Reconsiderations().Matches(sentence))
        {
            Add(figures, NarrativeFigureKind.Reconsiderations, match, source);
        }

        foreach (Match match in Lawsuits().Matches(sentence))
        {
            Add(figures, NarrativeFigureKind.Lawsuits, match, source);
        }

        foreach (Match none in NoneHappened().Matches(sentence))
        {
            if (none.Value.Contains("复议", StringComparison.Ordinal) && !figures.Any(f => f.Kind == NarrativeFigureKind.Reconsiderations && f.Source == source))
            {
                figures.Add(new NarrativeFigure { Kind = NarrativeFigureKind.Reconsiderations, Value = 0, Text = none.Value, Source = source });
            }

            if (none.Value.Contains("诉讼", StringComparison.Ordinal) && !figures.Any(f => f.Kind == NarrativeFigureKind.Lawsuits && f.Source == source))
            {
                figures.Add(new NarrativeFigure { Kind = NarrativeFigureKind.Lawsuits, Value = 0, Text = none.Value, Source = source });
            }
        }
    }

    private static void Add(List<NarrativeFigure> figures, NarrativeFigureKind kind, Match match, SourceRef source)
    {
        if (int.TryParse(match.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            figures.Add(new NarrativeFigure { Kind = kind, Value = value, Text = match.Value, Source = source });
        }
    }

    private static IEnumerable<string> Sentences(string text) => text.Split(['。', '；', ';'], StringSplitOptions.RemoveEmptyEntries);

    // Whitespace removed and full-width digits folded, so "收到申请数 0 件" and "４０件" read alike.
    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?:收到|受理|接收|接到|新收|办理)了?(?<mid>[^。；，,：:\d（(]{0,20}?)申请(?<pub>公开)?(?:事项|数量|总数|数)?(?:为|共|共计|合计|总计)?(?<n>\d{1,6})(?:件|个|宗|条)")]
    private static partial Regex Requests();

    [GeneratedRegex(@"测试|模拟|暗访|许可|审批|行政复议|诉讼|举报")]
    private static partial Regex Excluded();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共|共计|合计)?(?<n>\d{1,5})(?:件|起|宗|个)")]
    private static partial Regex Reconsiderations();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共|共计|合计)?(?<n>\d{1,5})(?:件|起|宗|个)")]
    private static partial Regex Lawsuits();

    [GeneratedRegex(@"(?:未发生|没有发生|未出现|没有出现|未收到|没有收到|全年无|本年度无|年内无)[^。；，,]{0,24}?(?:行政复议|行政诉讼)(?:[、和及与或]?(?:行政诉讼|提起行政诉讼))?(?![^。；，,]{0,8}?(?:纠错|纠正|撤销|败诉|确认违法))")]
    private static partial Regex NoneHappened();
}
