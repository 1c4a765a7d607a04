using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Application.Importing;

/// <summary>Whether a report says it sums up its subordinate units' work (汇总), e.g. a county's report covering its departments.</summary>
/// <remarks>
/// docs/domain.md §3: a summary report is checked against the sum of its units. Only an explicit statement
/// counts ("本报告汇总了…", "汇总全区各部门…"), not the word 汇总 in passing ("汇总整理申请材料").
/// </remarks>
public static partial class SummaryDetector
{
    /// <summary>Whether <paramref name="report"/> is a summary report.</summary>
    public static bool IsSummary(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Sections.Any(s => SummaryStatement().IsMatch(s.Text));
    }

    [GeneratedRegex("汇总(了)?(本|全)(区|县|市|省|旗|州)|汇总(了)?(各|所属|下属)(部门|单位|乡镇)|(本|全)(区|县|市|省)(政府信息公开工作)?(年度报告)?(数据)?为汇总")]
    private static partial Regex SummaryStatement();
}
