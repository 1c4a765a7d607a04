using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Registry;

/// <summary>Adds or updates the unit registry from a CSV (docs/store.md), all of it or nothing when the CSV has problems.</summary>
public static class ImportRegistry
{
    /// <summary>Imports the registry CSV at <paramref name="path"/> into <paramref name="store"/>.</summary>
    public static ImportRegistryResult Run(ReportStore store, string path)
    {
        ArgumentNullException.ThrowIfNull(store);
        var read = RegistryCsv.Read(path);
        if (read.Problems.Count > 0)
        {
            return new ImportRegistryResult(0, 0, 0, new UseCaseFailure(FailureKind.UnusableInput,
                $"单位名录有 {read.Problems.Count} 处问题，未导入：{string.Join("；", read.Problems.Take(10))}"));
        }

        try
        {
            var (added, updated, linked) = store.ImportRegistry(read.Units);
            return new ImportRegistryResult(added, updated, linked);
        }
        catch (DbException ex)
        {
            return new ImportRegistryResult(0, 0, 0, UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 写入失败：{StoreErrors.Describe(ex)}。", ex));
        }
    }
}
