using Gongkai.Application.Auditing;
using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Application.Units;
using Gongkai.Core.Diagnostics;
using Gongkai.Store;
using Gongkai.Store.Tests;
using Gongkai.Synthetic;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Auditing;

/// <summary>The audit workbook as an office opens it: LibreOffice converts every sheet to CSV and the findings are there.</summary>
public sealed class AuditWorkbookTests(ProvinceFixture province) : IClassFixture<ProvinceFixture>
{
    [LibreOfficeFact(Calc = true)]
    public void The_audit_workbook_opens_in_LibreOffice_with_the_expected_findings()
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();
        store.ImportRegistry(RegistryCsv.Read(province.Registry).Units);
        new ReportImporter(store, TestPipelines.Full).Import(province.Files);
        var balance = province.Province.Flaws.First(f => f.Kind == FlawKind.Balance);
        using var output = new TempFolder();

        var audit = AuditRegion.Run(store, new AuditOptions { Scope = AccessScope.All, Year = balance.Year, OutDirectory = output.Path });
        var files = audit.Written;
        var sheets = LibreOffice.SheetsAsCsv(files.Single(f => f.EndsWith(".xlsx", StringComparison.Ordinal)));

        Assert.Equal(["区域合计", "未报送单位", "表三", "表二", "表四", "规则统计", "问题清单"], sheets.Keys.Order(StringComparer.Ordinal));
        var findings = sheets["问题清单"];
        Assert.Equal(audit.Findings.Count + 1, findings.Length);
        Assert.Contains(findings, line => line.Contains(balance.UnitCode, StringComparison.Ordinal) && line.Contains(DiagnosticCodes.RequestsBalance, StringComparison.Ordinal));
        var requests = sheets["表三"];
        Assert.Equal(audit.Reports.Count + 1, requests.Length);
        Assert.Contains("newReceived.total", requests[0], StringComparison.Ordinal);

        // Numbers stay numbers (unquoted) and region totals match the audit's.
        var total = audit.Totals["requests.newReceived.total"]!.Value;
        Assert.Contains(sheets["区域合计"], line => line.EndsWith("\"requests.newReceived.total\"", StringComparison.Ordinal)
            && line.Contains($",{total},", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
    }
}
