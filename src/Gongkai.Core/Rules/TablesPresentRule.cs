using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Tables 二, 三 and 四 are present.</summary>
/// <remarks>GK0102. The format requires all three tables; a report without one cannot be audited.</remarks>
public sealed class TablesPresentRule : IReportRule
{
    /// <inheritdoc />
    public string Code => DiagnosticCodes.TableMissing;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Check(AnnualReport report, CheckContext context)
    {
        // The 2019/2021 formats' six sections and three tables: a report in a format before 2019 has neither (GK1014 says so).
        if (report.Pre2019Format)
        {
            yield break;
        }

        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            if (report.Table(kind) is null)
            {
                yield return Diagnostic.Create(Code, Severity.Error, $"缺少{kind.ToDisplayName()}「{kind.ToTitle()}」。", default, new CellRef(kind));
            }
        }
    }
}
