using System.Globalization;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The report's title in the wordings agencies use, the agency before or after the year, on one line or two.</summary>
internal static class TitleNotation
{
    private static readonly string[] Forms =
    [
        "{a}{y}年政府信息公开工作年度报告",
        "{a}{y}年政府信息公开工作年度报告",
        "{a}{y}年政府信息公开工作年度报告",
        "{a}{y}年度政府信息公开工作年度报告",
        "{a}{y}年政府信息公开年度报告",
        "{a}{y}年度政府信息公开工作报告",
        "{y}年{a}政府信息公开工作年度报告",
        "{y}年度{a}政府信息公开工作年度报告",
        "{a}政府信息公开工作{y}年度报告",
        "{a}\n{y}年政府信息公开工作年度报告",
        "{a}\n{y}年度政府信息公开工作年度报告",
    ];

    /// <summary>The document with its title in a random wording.</summary>
    public static ReportDocument Apply(ReportDocument document, string agency, int year, Random random)
    {
        var digits = year.ToString(CultureInfo.InvariantCulture);
        var printed = random.Chance(0.03) ? string.Concat(digits.Select(c => "〇一二三四五六七八九"[c - '0'])) : digits;
        var title = random.Pick(Forms).Replace("{a}", agency, StringComparison.Ordinal).Replace("{y}", printed, StringComparison.Ordinal);
        return document with { Title = title };
    }
}
