using System.Text.Json;
using Gongkai.Application.Auditing;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

namespace Gongkai.Application.Outputs;

/// <summary>An audit written to files: the XLSX workbook for the office, the findings as CSV, everything as JSON.</summary>
public static class AuditFiles
{
    /// <summary>Writes <c>审核-区域-年度</c>.xlsx (every sheet), .csv (the findings) and .json into <paramref name="folder"/>; returns the paths.</summary>
    public static IReadOnlyList<string> Write(string folder, AuditResult audit, ReportStore store)
    {
        ArgumentNullException.ThrowIfNull(audit);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, $"审核-{FileSafe(audit.Region ?? "全部")}-{audit.Year}");
        using (var xlsx = File.Create(stem + ".xlsx"))
        {
            XlsxWorkbookWriter.Write(xlsx, AuditSheets.All(audit, store));
        }

        using (var csv = CsvTableWriter.CreateFile(stem + ".csv"))
        {
            CsvTableWriter.Write(csv, AuditSheets.Findings(audit));
        }

        File.WriteAllText(stem + ".json", JsonSerializer.Serialize(AuditJson.From(audit), AuditJsonContext.Indented.AuditJson));
        return [stem + ".xlsx", stem + ".csv", stem + ".json"];
    }

    private static string FileSafe(string text) => string.Concat(text.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == '/' ? '_' : c));
}
