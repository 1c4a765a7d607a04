using System.Data.Common;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Units;

/// <summary>
/// Changes one unit of the registry, checked as a registry row is on import (non-empty fields, a known level, a
/// parent that is in the registry and not the unit itself), and stored through the registry import, which links the
/// reports that now match.
/// </summary>
public static class EditUnit
{
    /// <summary>Stores the changed unit; a unit not in the registry or a refused field is a failure in the result.</summary>
    public static RegistryImportResult Run(ReportStore store, EditUnitOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            var units = store.Units();
            if (units.FirstOrDefault(u => u.Code == options.Code) is not { } unit)
            {
                return Refused(FailureKind.NotFound, $"单位名录中没有代码为“{options.Code}”的单位。");
            }

            var (name, level, region, parent) = (options.Name.Trim(), options.Level.Trim(), options.Region.Trim().Trim('/'), options.ParentCode?.Trim());
            parent = string.IsNullOrEmpty(parent) ? null : parent;
            var problem = name.Length == 0 || region.Length == 0 ? "单位名称和所属区域不能为空。"
                : !UnitLevel.All.Contains(level) ? $"层级“{level}”无效，应为 {string.Join("、", UnitLevel.All)} 之一。"
                : parent == unit.Code ? "上级单位不能是本单位。"
                : parent is not null && units.All(u => u.Code != parent) ? $"上级单位“{parent}”不在名录中。"
                : null;
            if (problem is not null)
            {
                return Refused(FailureKind.UnusableInput, problem);
            }

            var (added, updated, linked) = store.ImportRegistry([unit with { Name = name, Level = level, Region = region, ParentCode = parent }]);
            return new RegistryImportResult { Added = added, Updated = updated, Linked = linked };
        }
        catch (DbException ex)
        {
            return Refused(FailureKind.StoreUnavailable, $"数据库 {store.Location.Display} 写入失败：{StoreErrors.Describe(ex)}。", ex);
        }
    }

    private static RegistryImportResult Refused(FailureKind kind, string message, Exception? cause = null) =>
        new() { Failure = UseCaseFailure.Of(kind, message, cause) };
}
