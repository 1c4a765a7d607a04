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
        foreach (var kind in SectionKindExtensions.All)
        {
            if (report.Section(kind) is null)
            {
                yield return Diagnostic.Create(Code, Severity.Warning, $"缺少第{(int)kind}部分「{kind.ToHeading()}」。");
            }
        }
    }
}
