using Gongkai.Core.Templates;

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
    public static string ToHeading(this SectionKind kind) => SectionTitles.For(kind).Heading;

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
