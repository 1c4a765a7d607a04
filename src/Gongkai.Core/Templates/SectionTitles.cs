using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>The six sections' titles (条例 art. 50 and the format's headings). Data table.</summary>
public static class SectionTitles
{
    /// <summary>The six sections in order.</summary>
    public static IReadOnlyList<SectionTitle> All { get; } =
    [
        new(SectionKind.Overview, '一', "总体情况",
            ["概述", "基本情况", "总体概述", "工作概述", "概况", "总体工作情况"], ["总体情况"], "总体情况"),
        new(SectionKind.Proactive, '二', "主动公开政府信息情况",
            ["主动公开情况", "主动公开政府信息的情况"], ["主动公开"], "主动公开政府信息情况"),
        new(SectionKind.Requests, '三', "收到和处理政府信息公开申请情况",
            ["收到和处理政府信息公开申请的情况", "依申请公开政府信息情况"], ["收到和处理", "依申请"], "收到和处理政府信息公开申请情况"),
        new(SectionKind.Appeals, '四', "政府信息公开行政复议、行政诉讼情况",
            ["政府信息公开行政复议行政诉讼情况", "因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"],
            ["行政复议", "行政诉讼"], "行政复议"),
        new(SectionKind.Problems, '五', "存在的主要问题及改进情况",
            ["存在的主要问题和改进措施", "存在的主要问题及改进措施", "政府信息公开工作存在的主要问题及改进情况"],
            ["存在的主要问题", "改进情况"], "存在的主要问题"),
        new(SectionKind.Other, '六', "其他需要报告的事项",
            ["其他需要报告的事项情况", "其他事项"], ["其他需要报告"], "其他需要报告的事项"),
    ];

    /// <summary>The title of <paramref name="kind"/>.</summary>
    public static SectionTitle For(SectionKind kind) => All.First(t => t.Kind == kind);
}
