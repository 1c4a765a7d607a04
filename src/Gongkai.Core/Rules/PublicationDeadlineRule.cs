using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>The printed date keeps the deadline of 条例 art. 49, and is not before the year ends.</summary>
/// <remarks>
/// GK0601 late (departments by 31 January, a 县级以上人民政府's own report by 31 March); GK0602 no date printed;
/// GK0603 a date before 31 December of the year reported on.
/// </remarks>
public sealed class PublicationDeadlineRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.PublishedLate;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (report.PublishedOn is not { } date)
        {
            yield return Diagnostic.Create(DiagnosticCodes.DateMissing, Severity.Info, "报告未注明落款日期，无法核对条例第四十九条规定的发布期限。");
            yield break;
        }

        if (report.Year is not { } year)
        {
            yield break;
        }

        var shown = date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        if (date <= new DateOnly(year, 12, 31))
        {
            yield return Diagnostic.Create(DiagnosticCodes.DateImplausible, Severity.Warning,
                $"落款日期{shown}早于统计期限结束（{year}年12月31日），日期或年度可能有误。");
            yield break;
        }

        var level = context.AgencyLevel ?? AgencyLevels.Infer(report.Agency);
        if (date > AgencyLevels.Deadline(level, year))
        {
            yield return Diagnostic.Create(Code, Severity.Warning,
                $"落款日期{shown}晚于发布期限：{AgencyLevels.DeadlineSentence(report.Agency, level, year)}。");
        }
    }
}
