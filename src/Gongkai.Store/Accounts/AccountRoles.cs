namespace Gongkai.Store.Accounts;

/// <summary>The stored key and the Chinese name of each <see cref="AccountRole"/>.</summary>
public static class AccountRoles
{
    /// <summary>The value kept in <c>accounts.role</c>.</summary>
    public static string Key(this AccountRole role) => role switch
    {
        AccountRole.Administrator => "admin",
        AccountRole.RegionAdministrator => "region",
        AccountRole.Unit => "unit",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role's name as users read it (and as the role claim carries it).</summary>
    public static string DisplayName(this AccountRole role) => role switch
    {
        AccountRole.Administrator => "系统管理员",
        AccountRole.RegionAdministrator => "区域管理员",
        AccountRole.Unit => "填报单位",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role stored as <paramref name="key"/>.</summary>
    /// <exception cref="InvalidDataException">The key is not a known role (a damaged row).</exception>
    public static AccountRole FromKey(string key) => key switch
    {
        "admin" => AccountRole.Administrator,
        "region" => AccountRole.RegionAdministrator,
        "unit" => AccountRole.Unit,
        _ => throw new InvalidDataException($"账户角色“{key}”无法识别。"),
    };

    /// <summary>The role whose Chinese name is <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static AccountRole? FromDisplayName(string? name) =>
        Enum.GetValues<AccountRole>().Cast<AccountRole?>().FirstOrDefault(r => r!.Value.DisplayName() == name);
}
