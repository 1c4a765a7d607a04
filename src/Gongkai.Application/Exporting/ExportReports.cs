using System.Text;
using Gongkai.Application.Outputs;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

namespace Gongkai.Application.Exporting;

/// <summary>
/// Exports the current versions of the stored reports that match a region, years and agency: as long CSV, wide CSV
/// files, an XLSX workbook or JSON lines, into files, or as rows streamed to the caller (long and jsonl).
/// </summary>
public static class ExportReports
{
    /// <summary>Exports as <paramref name="options"/> says; a failure to write is in the result, never thrown.</summary>
    public static ExportResult Run(ReportStore store, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var filter = new ReportFilter { Scope = AccessScope.All, Region = options.Region, FromYear = options.FromYear, ToYear = options.ToYear ?? options.FromYear, Agency = options.Agency };
        var sheets = new ExportSheets(store, filter);
        var target = options.Target;
        if (target == ExportOptions.ToCaller && options.Format is ExportFormat.Long or ExportFormat.Jsonl)
        {
            return options.Format == ExportFormat.Long ? new ExportResult { Sheet = sheets.Facts() } : new ExportResult { JsonLines = sheets.JsonLines() };
        }

        try
        {
            var written = Write(options.Format, target, sheets, new ExportCsv(store, filter));
            return new ExportResult { Written = written, Reports = store.Reports(filter).Count };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ExportResult { Failure = UseCaseFailure.Of(FailureKind.UnusableInput, $"导出失败：无法写入 {target}（{IoFailures.Describe(ex)}）。", ex) };
        }
        catch (TabularLimitException ex)
        {
            // The writer's own Chinese message; nothing technical behind it.
            return new ExportResult { Failure = new(FailureKind.UnusableInput, $"导出失败（{target}）：{ex.Message}") };
        }
    }

    private static IReadOnlyList<string> Write(ExportFormat format, string target, ExportSheets sheets, ExportCsv csv)
    {
        switch (format)
        {
            case ExportFormat.Long:
                csv.WriteLong(target);
                return [target];
            case ExportFormat.Jsonl:
                using (var writer = new StreamWriter(target, false, new UTF8Encoding(false)))
                {
                    foreach (var line in sheets.JsonLines())
                    {
                        writer.Write(line);
                        writer.Write('\n');
                    }
                }

                return [target];
            case ExportFormat.Wide:
                Directory.CreateDirectory(target);
                var reports = sheets.Reports();
                var list = Path.Combine(target, reports.Name + ".csv");
                WriteCsv(list, reports);
                var tables = WideTables.Select(t => Path.Combine(target, t.ToDisplayName() + ".csv")).ToList();
                csv.WriteWide(WideTables, tables);
                return [list, .. tables];
            default:
                using (var stream = File.Create(target))
                {
                    XlsxWorkbookWriter.Write(stream, Tables(sheets));
                }

                return [target];
        }
    }

    // Tables 二, 三 and 四, in wide form after the report list.
    private static readonly TableKind[] WideTables = [TableKind.Proactive, TableKind.Requests, TableKind.Appeals];

    private static TabularSheet[] Tables(ExportSheets sheets) => [sheets.Reports(), .. WideTables.Select(sheets.Wide)];

    private static void WriteCsv(string target, TabularSheet sheet)
    {
        using var writer = CsvTableWriter.CreateFile(target);
        CsvTableWriter.Write(writer, sheet);
    }
}
