using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Accounts;

namespace Gongkai.Web.Identity;

/// <summary>Whether a role's scope names something in the unit registry: a region path for 区域管理员, a unit code for 填报单位.</summary>
internal static class AccountScopes
{
    /// <summary>The scope to store for <paramref name="role"/>, or the Chinese reason <paramref name="scope"/> is refused.</summary>
    public static (string? Scope, string? Error) Check(ReportStore store, AccountRole role, string? scope)
    {
        var value = scope?.Trim().Trim('/');
        if (role == AccountRole.Administrator)
        {
            return (null, null);
        }

        if (string.IsNullOrEmpty(value))
        {
            return (null, role == AccountRole.Unit ? "填报单位账户须填写单位代码。" : "区域管理员账户须填写区域（如 青禾省/青禾市）。");
        }

        var units = ListUnits.Run(store, new UnitsOptions { Scope = AccessScope.All }).Units;
        return role == AccountRole.Unit
            ? units.Any(u => u.Code == value) ? (value, null) : (null, $"单位名录中没有代码为“{value}”的单位。")
            : units.Any(u => AccessScope.Region(value).Covers(u.Code, u.Region)) ? (value, null) : (null, $"单位名录中没有“{value}”区域的单位（区域须从省级写起，用 / 分隔）。");
    }
}
