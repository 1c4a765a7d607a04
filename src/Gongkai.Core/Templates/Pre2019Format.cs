using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>
/// The formats of the reports of 2008–2018 (before the 2019 format): their section headings as printed and the
/// texts of their 统计表. Used to recognise such a report and its sections, never to map its tables onto the
/// 2019/2021 ones. Data table.
/// </summary>
public static class Pre2019Format
{
    /// <summary>The first report year of the 2019 format; earlier reports use the formats here.</summary>
    public const int FirstYearOfLaterFormats = 2019;

    /// <summary>The first report year (条例 of 2007 in force from 1 May 2008).</summary>
    public const int FirstYear = 2008;

    /// <summary>
    /// The old formats' section titles as reports print them, with the section of the 2019/2021 formats each
    /// corresponds to (<see langword="null"/>: none — 收费及减免 became a row of 表三, so it stays in the text of the
    /// section before it).
    /// </summary>
    public static IReadOnlyList<(SectionKind? Kind, string Title)> SectionTitles { get; } =
    [
        (SectionKind.Overview, "概述"),
        (SectionKind.Proactive, "主动公开政府信息情况"),
        (SectionKind.Proactive, "主动公开政府信息的情况"),
        (SectionKind.Requests, "政府信息依申请公开办理情况"),
        (SectionKind.Requests, "依申请公开政府信息办理情况"),
        (SectionKind.Requests, "政府信息依申请公开工作情况"),
        (SectionKind.Requests, "依申请公开政府信息情况"),
        (null, "政府信息公开的收费及减免情况"),
        (null, "政府信息公开收费及减免情况"),
        (null, "收费及减免情况"),
        (SectionKind.Appeals, "因政府信息公开申请行政复议、提起行政诉讼的情况"),
        (SectionKind.Appeals, "因政府信息公开申请行政复议、提起行政诉讼情况"),
        (SectionKind.Appeals, "因政府信息公开申请行政复议、提起诉讼的情况"),
        (SectionKind.Appeals, "因政府信息公开申请行政复议、提起诉讼"),
        (SectionKind.Appeals, "复议、诉讼和申诉情况"),
        (SectionKind.Problems, "政府信息公开工作存在的主要问题及改进情况"),
        (SectionKind.Problems, "政府信息公开工作存在的主要问题及改进措施"),
        (SectionKind.Problems, "政府信息公开工作的主要问题及改进措施"),
        (SectionKind.Problems, "存在的主要问题及改进措施"),
        (SectionKind.Other, "需要说明的事项与附表"),
        (SectionKind.Other, "需要说明的其他事项与附表"),
        (SectionKind.Other, "其他需要说明的事项"),
        (SectionKind.Other, "政府信息公开情况统计表"),
    ];

    /// <summary>
    /// Titles only the old formats print (a report holding one of them, and no 2019/2021 table, is in an old
    /// format): the overview 概述, the 收费及减免 section, the closing 需要说明的事项与附表, the 统计表.
    /// </summary>
    public static IReadOnlyList<string> DistinctiveTitles { get; } =
        ["概述", "政府信息公开的收费及减免情况", "政府信息公开收费及减免情况", "收费及减免情况", "复议、诉讼和申诉情况", "需要说明的事项与附表", "需要说明的其他事项与附表", "政府信息公开情况统计表"];

    /// <summary>Row texts of the old 统计表 (政府信息公开情况统计表): its indicators, which the 2019/2021 tables do not have.</summary>
    public static IReadOnlyList<string> StatisticsRows { get; } =
        ["主动公开政府信息数", "依申请公开信息条目数", "收到申请数", "对申请的答复总数", "同意公开答复数", "同意部分公开答复数", "否决公开答复数", "不予公开答复数", "政府信息公开收费减免金额", "行政申诉数", "统计指标"];
}
