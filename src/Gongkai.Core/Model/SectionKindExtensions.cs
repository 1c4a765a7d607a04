namespace Gongkai.Core.Model;

/// <summary>Names of <see cref="SectionKind"/>.</summary>
public static class SectionKindExtensions
{
    /// <summary>All six sections in order.</summary>
    public static IReadOnlyList<SectionKind> All { get; } =
        [SectionKind.Overview, SectionKind.Proactive, SectionKind.Requests, SectionKind.Appeals, SectionKind.Problems, SectionKind.Other];

    /// <summary>The JSON key of the section.</summary>
    public static string ToJsonKey(this SectionKind kind) => kind switch
    {
        SectionKind.Overview => "overview",
        SectionKind.Proactive => "proactive",
        SectionKind.Requests => "requests",
        SectionKind.Appeals => "appeals",
        SectionKind.Problems => "problems",
        _ => "other",
    };

    /// <summary>The official heading, e.g. <c>一、总体情况</c>.</summary>
    public static string ToHeading(this SectionKind kind) => kind switch
    {
        SectionKind.Overview => "一、总体情况",
        SectionKind.Proactive => "二、主动公开政府信息情况",
        SectionKind.Requests => "三、收到和处理政府信息公开申请情况",
        SectionKind.Appeals => "四、政府信息公开行政复议、行政诉讼情况",
        SectionKind.Problems => "五、存在的主要问题及改进情况",
        _ => "六、其他需要报告的事项",
    };

    /// <summary>Parses a JSON section key.</summary>
    public static bool TryParse(string key, out SectionKind kind)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToJsonKey() == key)
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
