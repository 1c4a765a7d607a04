using Gongkai.Core.Model;

namespace Gongkai.Eval;

/// <summary>
/// The template year a report is counted under in an evaluation without truth: the 2019 or 2021 format its tables
/// follow, a pre-2019 report (the old formats, 2008–2018, measured apart from the 2019/2021 target of issue #14), or
/// not recognised (refused, or read without a template and without a year before 2019).
/// </summary>
internal enum TemplateYearClass
{
    /// <summary>The 2019 format.</summary>
    V2019,

    /// <summary>The 2021 format.</summary>
    V2021,

    /// <summary>A report on a year before 2019, in one of the old formats.</summary>
    BeforeV2019,

    /// <summary>Refused, or read with no template and no year before 2019.</summary>
    NotRecognised,
}

/// <summary>How a report is classed and named by <see cref="TemplateYearClass"/>.</summary>
internal static class TemplateYearClasses
{
    /// <summary>The class of <paramref name="report"/> (<see langword="null"/>: the file was refused).</summary>
    /// <remarks>
    /// A report the reader marks as pre-2019 (<see cref="AnnualReport.Pre2019Format"/>) is one; so is a report read
    /// without a template whose year is before the 2019 format's first (the catalogue's
    /// <see cref="Gongkai.Core.Templates.Pre2019Format.FirstYearOfLaterFormats"/>), which the reader did not recognise
    /// by its headings or tables.
    /// </remarks>
    public static TemplateYearClass Of(AnnualReport? report) => report switch
    {
        null => TemplateYearClass.NotRecognised,
        { Pre2019Format: true } => TemplateYearClass.BeforeV2019,
        { Template: TemplateVersion.V2019 } => TemplateYearClass.V2019,
        { Template: TemplateVersion.V2021 } => TemplateYearClass.V2021,
        { Year: < Gongkai.Core.Templates.Pre2019Format.FirstYearOfLaterFormats } => TemplateYearClass.BeforeV2019,
        _ => TemplateYearClass.NotRecognised,
    };

    /// <summary>The class's name in the summary.</summary>
    public static string ToDisplayName(this TemplateYearClass year) => year switch
    {
        TemplateYearClass.V2019 => "2019 版",
        TemplateYearClass.V2021 => "2021 版",
        TemplateYearClass.BeforeV2019 => "2019 年以前",
        _ => "未识别",
    };
}
