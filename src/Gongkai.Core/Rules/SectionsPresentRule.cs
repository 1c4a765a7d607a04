using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Each of the six sections of the format is present.</summary>
/// <remarks>GK0101. 条例 art. 50 lists the content; the format fixes the six headings 一 … 六.</remarks>
public sealed class SectionsPresentRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.SectionMissing;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        // The 2019/2021 formats' six sections and three tables: a report in a format before 2019 has neither (GK1014 says so).
        if (report.Pre2019Format)
        {
            yield break;
        }

        foreach (var kind in SectionKindExtensions.All)
        {
            if (report.Section(kind) is null)
            {
                yield return Diagnostic.Create(Code, Severity.Warning, $"缺少第{(int)kind}部分「{kind.ToHeading()}」。");
            }
        }
    }
}
