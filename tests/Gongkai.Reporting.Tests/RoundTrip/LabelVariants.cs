using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>
/// Rewrites the label cells of a document's tables into variants that published reports print and that a reader
/// takes for the same official label; blank value cells print as nothing, <c>/</c>, <c>—</c>, <c>-</c> or <c>无</c>.
/// </summary>
/// <remarks>
/// A document draws one house style (bracket and numbering punctuation, spacing habits) and applies it to every
/// label, plus per-cell accidents (padding, a line break, characters spread apart). The variants come from the
/// shared corpus and docs/domain.md: <c>(四) 无法提供</c>, <c>1. 本机关不掌握…</c>, <c>本年新↵公开数量</c>,
/// <c>第二十条  第（一）项</c>, <c>结果 维持</c>, <c>社会组织</c>, the 2019 wording 规范性文件 in a 2021 table (and 2021's in a 2019 one), a
/// half-width 部分公开(区分处理的, …) and an empty 勾稽关系 note cell.
/// </remarks>
internal static partial class LabelVariants
{
    // Whole-label alternatives (any one of them reads as the official label).
    private static readonly Dictionary<string, string[]> Alternatives = new(StringComparer.Ordinal)
    {
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] =
            ["", "", "（本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和）", "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"],
        ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] = ["（二）部分公开(区分处理的, 只计这一情形, 不计其他情形)", "（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）"],
        ["行政规范性文件"] = ["规范性文件"],
        ["规范性文件"] = ["行政规范性文件"],
        ["上一年项目数量"] = ["上年项目数量", "上一年\n项目数量"],
        ["社会公益组织"] = ["社会组织", "社会\n公益\n组织"],
        ["法律服务机构"] = ["法律\n服务\n机构"],
        ["本年增/减"] = ["本年增／减", "本年\n增/减", "本年增减"],
        ["本年新制作数量"] = ["本年新\n制作数量"],
        ["本年新公开数量"] = ["本年新\n公开数量"],
        ["对外公开总数量"] = ["对外公开\n总数量"],
        ["本年收费金额（单位：万元）"] = ["本年收费金额(单位:万元)", "本年收费金额\n（单位：万元）", "本年收费金额（单位:万元）"],
        ["3．危及“三安全一稳定”"] = ["3．危及\"三安全一稳定\"", "3．危及「三安全一稳定」", "3．危及‘三安全一稳定’"],
        ["结果维持"] = ["结果 维持", "结果\n维持"],
        ["结果纠正"] = ["结果 纠正", "结果\n纠正"],
        ["其他结果"] = ["其他 结果", "其他\n结果"],
        ["尚未审结"] = ["尚未 审结", "尚未\n审结"],
        ["总计"] = ["总 计", "总　计"],
        ["三、本年度办理结果"] = ["三、本年度\n办理结果", "三、本年度办理\n结果"],
        ["一、本年新收政府信息公开申请数量"] = ["一、本年新收政府信息\n公开申请数量"],
        ["二、上年结转政府信息公开申请数量"] = ["二、上年结转政府信息\n公开申请数量"],
        ["四、结转下年度继续办理"] = ["四、结转下年度\n继续办理"],
        ["法人或其他组织"] = ["法人或\n其他组织"],
        ["商业企业"] = ["商业\n企业"],
        ["科研机构"] = ["科研\n机构"],
        ["信息内容"] = ["信息\n内容"],
        ["未经复议直接起诉"] = ["未经复议\n直接起诉"],
        ["复议后起诉"] = ["复议后\n起诉"],
        ["本年处理决定数量"] = ["本年处理决定\n数量", "本年处理\n决定数量"],
        ["采购总金额"] = ["采购总金额（万元）", "采购总金额\n（万元）"],
        ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] = ["1.申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请"],
        ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"] = ["2.申请人逾期未按收费通知要求缴纳费用、\n行政机关不再处理其政府信息公开申请"],
    };

    /// <summary>The document with its table labels rewritten in a random house style.</summary>
    public static ReportDocument Apply(ReportDocument document, Random random)
    {
        var style = new Style(
            Alternative: random.NextDouble() * 0.8,
            HalfWidthBrackets: random.Pick([0.0, 0.0, 0.5, 1.0]),
            ItemSeparator: random.Pick(["．", "．", ".", "、", ". ", "． "]),
            TopSeparator: random.Pick(["、", "、", "、", "．", "."]),
            SpaceAfterNumbering: random.Chance(0.25),
            Accidents: random.Pick([0.0, 0.05, 0.15, 0.3]),
            BlankMarker: random.Pick(["", "", "/", "—", "-", "——", "无"]));
        var parts = document.Parts.Select(p => p.Table is { } table ? p with { Table = Rewrite(table, style, random) } : p).ToList();
        return document with { Parts = parts };
    }

    private static LaidOutTable Rewrite(LaidOutTable table, Style style, Random random) => table with
    {
        Rows = table.Rows.Select(row => (IReadOnlyList<LaidOutCell>)row.Select(cell => cell.IsLabel
            ? cell with { Text = Label(cell.Text, style, random) }
            : cell.Text.Length == 0 ? cell with { Text = style.BlankMarker } : cell).ToList()).ToList(),
    };

    private static string Label(string text, Style style, Random random)
    {
        if (Alternatives.TryGetValue(text, out var alternatives) && random.Chance(style.Alternative))
        {
            text = random.Pick(alternatives);
        }

        if (random.Chance(style.HalfWidthBrackets))
        {
            text = text.Replace('（', '(').Replace('）', ')');
        }

        text = ItemNumbering().Replace(text, m => m.Groups[1].Value + style.ItemSeparator);
        text = TopNumbering().Replace(text, m => m.Groups[1].Value + style.TopSeparator);
        text = text.Replace("第二十条第", random.Pick(["第二十条第", "第二十条第", "第二十条  第", "第二十条 第", "第二十条\n第"]), StringComparison.Ordinal);
        if (style.SpaceAfterNumbering)
        {
            text = GroupNumbering().Replace(text, "$1 ");
        }

        return random.Chance(style.Accidents) ? Accident(text, random) : text;
    }

    // What happens to single cells: padding for alignment, a line break where the cell was too narrow, or the
    // characters of a short label spread over the cell's width.
    private static string Accident(string text, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                return random.Pick([" ", "　", "  "]) + text + random.Pick(["", " ", "　"]);
            case 1 when text.Length >= 6 && !text.Contains('\n', StringComparison.Ordinal):
                var at = random.Next(3, text.Length - 2);
                return char.IsAsciiDigit(text[at - 1]) || char.IsAsciiDigit(text[at]) ? text : text[..at] + "\n" + text[at..];
            case 2 when text.Length is 2 or 3 && !text.Any(char.IsWhiteSpace):
                var spread = new StringBuilder();
                var gap = random.Pick([" ", "　", "  "]);
                foreach (var c in text)
                {
                    spread.Append(spread.Length > 0 ? gap : "").Append(c);
                }

                return spread.ToString();
            default:
                return text;
        }
    }

    private sealed record Style(double Alternative, double HalfWidthBrackets, string ItemSeparator, string TopSeparator, bool SpaceAfterNumbering, double Accidents, string BlankMarker);

    // 1．属于国家秘密 (the template's full-width point; 2021's （六） rows print 1.).
    [GeneratedRegex(@"^(\d)[．.]")]
    private static partial Regex ItemNumbering();

    // 一、本年新收… 四、结转下年度继续办理.
    [GeneratedRegex(@"^([一二三四])、")]
    private static partial Regex TopNumbering();

    // （一）予以公开, (三)不予公开.
    [GeneratedRegex(@"^([（(][一二三四五六七][）)])(?=\S)")]
    private static partial Regex GroupNumbering();
}
