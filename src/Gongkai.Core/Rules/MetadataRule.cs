using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>The report names its agency and the year reported on.</summary>
/// <remarks>GK0106. Without them a report cannot be filed, compared or checked for its deadline.</remarks>
public sealed class MetadataRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.MetadataMissing;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        if (string.IsNullOrWhiteSpace(report.Agency))
        {
            yield return Diagnostic.Create(Code, Severity.Warning, "未能从标题或落款中识别发布机关。");
        }

        if (report.Year is null)
        {
            yield return Diagnostic.Create(Code, Severity.Warning, "未能识别报告所属年度（统计期限）。");
        }
    }
}
