using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>One of the six sections' titles, as the format prints it and as reports vary it.</summary>
/// <param name="Kind">The section.</param>
/// <param name="Numeral">Its numeral (一 … 六).</param>
/// <param name="Title">The official title without numbering, e.g. <c>总体情况</c>.</param>
/// <param name="Variants">Other whole titles reports print for it (older reports: 概述, 基本情况 …).</param>
/// <param name="Keywords">Words of the title that name the section in a heading staff write (<c>## 二、主动公开</c>).</param>
/// <param name="Landmark">A phrase a report prints once, in this section's heading, that locates the report in a page.</param>
public sealed record SectionTitle(SectionKind Kind, char Numeral, string Title, IReadOnlyList<string> Variants, IReadOnlyList<string> Keywords, string Landmark)
{
    /// <summary>The official heading with its numbering, e.g. <c>一、总体情况</c>.</summary>
    public string Heading => $"{Numeral}、{Title}";
}
