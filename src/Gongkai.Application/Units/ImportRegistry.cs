using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Units;

/// <summary>
/// Reads a registry CSV into the store's registry (adding or updating units by code), then links stored reports that
/// now match a unit; a problem anywhere in the file stops it before anything is written.
/// </summary>
public static class ImportRegistry
{
    /// <summary>Imports <see cref="RegistryImportOptions.File"/> into <paramref name="store"/>; problems are in the result.</summary>
    public static RegistryImportResult Run(ReportStore store, RegistryImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var read = options.Content is { } content ? RegistryCsv.Decode(content, options.File) : RegistryCsv.Read(options.File);
        if (read.Problems.Count > 0)
        {
            return new RegistryImportResult
            {
                Problems = read.Problems,
                Failure = new(FailureKind.UnusableInput, $"单位名录有 {read.Problems.Count} 处问题，未导入："),
            };
        }

        try
        {
            var (added, updated, linked) = store.ImportRegistry(read.Units);
            return new RegistryImportResult { Added = added, Updated = updated, Linked = linked };
        }
        catch (DbException ex)
        {
            return new RegistryImportResult
            {
                Failure = UseCaseFailure.Of(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 写入失败：{StoreErrors.Describe(ex)}。", ex),
            };
        }
    }
}
