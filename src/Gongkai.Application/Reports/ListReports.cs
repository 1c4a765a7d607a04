using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Reports;

/// <summary>Lists stored reports within the caller's access scope: filtered, sorted, one page.</summary>
public static class ListReports
{
    /// <summary>The page of reports <paramref name="options"/> asks for (page and size brought into range).</summary>
    public static ListReportsResult Run(ReportStore store, ListReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var size = Math.Clamp(options.PageSize, 1, ListReportsOptions.MaxPageSize);
        var page = Math.Max(1, options.Page);
        var filter = options.ToFilter();
        try
        {
            return new ListReportsResult { Page = store.Browse(filter, options.Sort, (int)Math.Min(int.MaxValue, (long)(page - 1) * size), size), PageNumber = page, PageSize = size };
        }
        catch (DbException ex)
        {
            return new ListReportsResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }
}
