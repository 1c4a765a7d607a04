using System.Data.Common;
using Gongkai.Core.Cases.Json;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Cases;

/// <summary>Turns a store that cannot be read or written, or a stored case that cannot be read, into a failure.</summary>
internal static class CaseStoreErrors
{
    public static T Guard<T>(ReportStore store, Func<T> work, Func<UseCaseFailure, T> failed)
    {
        try
        {
            return work();
        }
        catch (DbException ex)
        {
            return failed(UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 读写失败：{StoreErrors.Describe(ex)}。", ex));
        }
        catch (CaseJsonException ex)
        {
            return failed(UseCaseFailure.Of(FailureKind.UnusableInput, $"数据库 {store.Location.Display} 中的申请记录无法读取：{ex.Message}", ex));
        }
    }
}
