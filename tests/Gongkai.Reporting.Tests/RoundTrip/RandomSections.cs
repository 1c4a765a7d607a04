using System.Globalization;
using System.Text;
using Gongkai.Core.Model;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The six sections with headings as reports print them and varied prose of one to four paragraphs.</summary>
/// <remarks>
/// The prose deliberately holds what a parser could mistake for structure: enumerations at paragraph starts
/// (<c>1.</c>, <c>（一）</c>, <c>一是</c>), short subheadings, table words (总计, 合计, 申请, 复议, 表), figures, dates,
/// percentages, 《》 and “” quotes, and characters special in HTML or Markdown (<c>&lt; &gt; &amp; | * # _ `</c>).
/// </remarks>
internal static class RandomSections
{
    private static readonly string[][] Titles =
    [
        ["总体情况", "总体情况", "总体情况", "概述", "基本情况"],
        ["主动公开政府信息情况"],
        ["收到和处理政府信息公开申请情况"],
        ["政府信息公开行政复议、行政诉讼情况", "政府信息公开行政复议、行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
        ["存在的主要问题及改进情况", "存在的主要问题及改进情况", "政府信息公开工作存在的主要问题及改进情况", "存在的主要问题及改进措施"],
        ["其他需要报告的事项"],
    ];

    private static readonly string[] Chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    // How the six headings are numbered: 一、 一、␣ 一． 一. 1、 1．
    private static readonly Func<int, string>[] Numberings =
    [
        n => Chinese[n - 1] + "、", n => Chinese[n - 1] + "、", n => Chinese[n - 1] + "、 ", n => Chinese[n - 1] + "．",
        n => Chinese[n - 1] + ".", n => n.ToString(CultureInfo.InvariantCulture) + "、", n => n.ToString(CultureInfo.InvariantCulture) + "．",
    ];

    // How paragraphs inside a section are enumerated, when they are.
    private static readonly Func<int, string>[] Enumerations =
    [
        n => n.ToString(CultureInfo.InvariantCulture) + ".", n => n.ToString(CultureInfo.InvariantCulture) + "．",
        n => n.ToString(CultureInfo.InvariantCulture) + "、", n => n.ToString(CultureInfo.InvariantCulture) + ". ", n => "（" + Chinese[n - 1] + "）", n => "(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        n => "（" + n.ToString(CultureInfo.InvariantCulture) + "）", n => Chinese[n - 1] + "是",
    ];

    /// <summary>The sections of a report on <paramref name="year"/> whose tables are given (for the figures the text states).</summary>
    public static IReadOnlyList<ReportSection> For(int year, TemplateVersion version, ReportTable proactive, ReportTable requests, ReportTable appeals, Random random)
    {
        var numbering = random.Pick(Numberings);
        var prose = new SectionProse(year, version, proactive, requests, appeals, random);
        var sections = new List<ReportSection>();
        // Now and then a report leaves out a section without a table (most often 六, having nothing to add).
        SectionKind? omitted = random.Chance(0.05) ? random.Pick([SectionKind.Overview, SectionKind.Problems, SectionKind.Other, SectionKind.Other]) : null;
        foreach (var kind in SectionKindExtensions.All.Where(k => k != omitted))
        {
            var heading = numbering((int)kind) + random.Pick(Titles[(int)kind - 1]);
            var text = random.Chance(0.06) ? "" : Paragraphs(kind, prose, random);
            sections.Add(new ReportSection { Kind = kind, Heading = heading, Text = text });
        }

        return sections;
    }

    private static string Paragraphs(SectionKind kind, SectionProse prose, Random random)
    {
        var count = random.Next(1, 5);
        var enumeration = random.Chance(0.3) ? random.Pick(Enumerations) : null;
        var paragraphs = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var text = new StringBuilder();
            if (enumeration is not null)
            {
                text.Append(enumeration(i));
            }

            if (random.Chance(0.12) && !text.ToString().EndsWith('是'))
            {
                // A short subheading on its own line, as in （一）主动公开情况.
                paragraphs.Add(text.Append(random.Pick(SectionProse.Subheadings)).ToString());
                continue;
            }

            var sentences = random.Chance(0.15) ? random.Next(6, 14) : random.Next(1, 5);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(prose.Sentence(kind, first: i == 1 && s == 0));
            }

            paragraphs.Add(text.ToString());
        }

        if (kind == SectionKind.Requests && random.Chance(0.25))
        {
            paragraphs.AddRange(prose.OutcomeList());
        }

        return string.Join('\n', paragraphs);
    }
}
