using System.Data.Common;
using Gongkai.Application.Outputs;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reports;

/// <summary>
/// Writes the reports a list view selects (its filters, the caller's scope, every page) as the export's report sheet
/// (<see cref="ExportSheets.Reports"/>), in XLSX or CSV.
/// </summary>
public static class ExportReportList
{
    /// <summary>Writes the list to <paramref name="output"/>; a store that cannot be read is a failure in the result.</summary>
    public static ExportReportListResult Run(ReportStore store, ExportReportListOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            SheetFiles.Write(output, options.Format, [new ExportSheets(store, options.List.ToFilter()).Reports()]);
            var year = options.List.Year is { } y ? $"-{y}" : "";
            return new ExportReportListResult { FileName = OutputNames.Stem($"报告列表{year}") + SheetFiles.Extension(options.Format) };
        }
        catch (DbException ex)
        {
            return new ExportReportListResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }
}
