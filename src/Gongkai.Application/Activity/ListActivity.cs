using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Activity;

/// <summary>Reads the audit log (who did what, when) by user, action and time; the web's 操作日志 page and its exports.</summary>
public static class ListActivity
{
    /// <summary>The entries <paramref name="options"/> asks for; a store that cannot be read is a failure in the result.</summary>
    public static ActivityResult Run(ReportStore store, ActivityOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return new ActivityResult { Entries = store.Audit.Find(options.Query) };
        }
        catch (DbException ex)
        {
            return new ActivityResult { Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读取失败：{StoreErrors.Describe(ex)}。", ex) };
        }
    }
}
