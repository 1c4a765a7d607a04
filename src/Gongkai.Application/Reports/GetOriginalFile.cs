using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reports;

/// <summary>The original file of a report's current version, within the caller's access scope.</summary>
public static class GetOriginalFile
{
    /// <summary>The file <paramref name="options"/> names, if the caller may see its report.</summary>
    public static GetOriginalFileResult Run(ReportStore store, GetOriginalFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var report = GetReport.Run(store, new GetReportOptions(options.Scope, options.ReportId));
        if (report.Report is not { } view)
        {
            return new GetOriginalFileResult { Failure = report.Failure };
        }

        // Only a file of this report's current version: a hash of another report's file is not found here.
        var source = view.Sources.FirstOrDefault(s => options.FileSha256 is null || string.Equals(s.FileSha256, options.FileSha256, StringComparison.OrdinalIgnoreCase));
        try
        {
            if (source?.FileSha256 is not { } sha || store.OriginalFile(sha) is not { } content)
            {
                return new GetOriginalFileResult { Failure = GetReport.NotFound(options.ReportId) };
            }

            var name = Path.GetFileName(source.SourcePath is { Length: > 0 } path ? path : $"report-{options.ReportId}");
            return new GetOriginalFileResult { File = new OriginalFile(name, source.Format, content) };
        }
        catch (DbException ex)
        {
            return new GetOriginalFileResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }
}
