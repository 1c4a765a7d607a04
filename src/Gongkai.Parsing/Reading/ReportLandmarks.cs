using Gongkai.Core.Templates;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// What a reader may look for to find the report inside a larger document (a portal page): phrases a report prints
/// once each, and the word its title contains. Built from the template catalogue and handed to readers in
/// <see cref="ReaderLimits"/>, so the readers themselves know no statutory text.
/// </summary>
/// <param name="Phrases">Phrases a report prints once each (section titles, table anchors).</param>
/// <param name="TitleWord">A word every report's title contains.</param>
public sealed record ReportLandmarks(IReadOnlyList<string> Phrases, string TitleWord)
{
    /// <summary>The landmarks of the annual report (政府信息公开工作年度报告).</summary>
    public static ReportLandmarks AnnualReport { get; } = new(
        [
            .. SectionTitles.All.Select(t => t.Landmark),
            ProactiveTemplate.ArticleReference,
            RequestsTemplate.AllRows[0].Variants[0],
            RequestsTemplate.ApplicantsHeader,
        ],
        "年度报告");
}
