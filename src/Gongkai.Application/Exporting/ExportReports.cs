using System.Text;
using Gongkai.Application.Outputs;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;

namespace Gongkai.Application.Exporting;

/// <summary>
/// Exports the current versions of the stored reports that match a region, years and agency: as long CSV, wide CSV
/// files, an XLSX workbook or JSON lines, into files, or (long and jsonl) onto the caller's stream — the same writer,
/// the same bytes, but for the CSV file's byte order mark.
/// </summary>
public static class ExportReports
{
    /// <summary>
    /// Exports as <paramref name="options"/> says, onto <paramref name="caller"/> when <see cref="ExportOptions.GoesToCaller"/>
    /// (left open); a failure to write is in the result, never thrown.
    /// </summary>
    /// <exception cref="ArgumentException">The options send the rows to the caller, and there is no <paramref name="caller"/> stream.</exception>
    public static ExportResult Run(ReportStore store, ExportOptions options, Stream? caller = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.GoesToCaller && caller is null)
        {
            throw new ArgumentException("The export goes to the caller: a stream is needed.", nameof(caller));
        }

        var filter = new ReportFilter { Scope = AccessScope.All, Region = options.Region, FromYear = options.FromYear, ToYear = options.ToYear ?? options.FromYear, Agency = options.Agency };
        var sheets = new ExportSheets(store, filter);
        var target = options.Target;
        try
        {
            if (options.GoesToCaller)
            {
                WriteToCaller(options.Format, caller!, sheets, new ExportCsv(store, filter));
                return new ExportResult();
            }

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

    // The long CSV has no byte order mark on the caller's stream: the mark is for Excel opening a file (docs/store.md),
    // while a pipe's reader (`| psql -c "COPY … CSV HEADER"`, `| cut`) would take it for part of the first header.
    private static void WriteToCaller(ExportFormat format, Stream caller, ExportSheets sheets, ExportCsv csv)
    {
        if (format == ExportFormat.Long)
        {
            csv.WriteLong(caller, byteOrderMark: false);
        }
        else
        {
            WriteJsonLines(caller, sheets);
        }
    }

    // UTF-8 without a byte order mark, one report a line ended by \n: the same for a file and the caller's stream.
    private static void WriteJsonLines(Stream stream, ExportSheets sheets)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        foreach (var line in sheets.JsonLines())
        {
            writer.Write(line);
            writer.Write('\n');
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
                using (var file = File.Create(target))
                {
                    WriteJsonLines(file, sheets);
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
