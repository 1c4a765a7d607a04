using Gongkai.Application.Auditing;
using Gongkai.Application.Outputs;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

namespace Gongkai.Web.Api;

/// <summary>The audit workbook (<see cref="AuditSheets"/>, as <c>gongkai audit --out</c> writes it) as a download.</summary>
internal static class AuditWorkbook
{
    public static IResult File(AuditResult audit, ReportStore store)
    {
        using var buffer = new MemoryStream();
        XlsxWorkbookWriter.Write(buffer, AuditSheets.All(audit, store));
        var name = $"审核-{OutputNames.Stem(audit.Region ?? "全部")}-{audit.Year}.xlsx";
        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
