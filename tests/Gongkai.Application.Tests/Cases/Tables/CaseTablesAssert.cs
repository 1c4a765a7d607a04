using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Application.Tests.Cases.Tables;

/// <summary>Cell-by-cell equality of tables, and the sum rules of tables 三 and 四.</summary>
internal static class CaseTablesAssert
{
    private static readonly string[] SumCodes =
        [DiagnosticCodes.RequestsBalance, DiagnosticCodes.RequestsOutcomeTotal, DiagnosticCodes.RequestsRowTotal, DiagnosticCodes.AppealsGroupTotal];

    public static void SameCells(ReportTable expected, ReportTable actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Rows.Select(r => r.Key), actual.Rows.Select(r => r.Key));
        foreach (var row in expected.Rows)
        {
            Assert.Equal(row.Cells.Select(c => (row.Key, c.Column, c.Value)), actual[row.Key]!.Cells.Select(c => (row.Key, c.Column, c.Value)));
        }
    }

    /// <summary>No finding of the checker's sum rules (一+二 = （七）+四, (七) = (一)…(六), 总计 columns, table 四's groups).</summary>
    public static void Balanced(int year, TemplateVersion edition, ReportTable requests, ReportTable appeals)
    {
        var report = new AnnualReport { Year = year, Template = edition, Requests = requests, Appeals = appeals };
        Assert.DoesNotContain(ReportChecker.Default.Check(report), d => SumCodes.Contains(d.Code));
    }
}
