namespace Gongkai.Store.Accounts;

/// <summary>What an account may see and do; its scope (<see cref="StoredAccount.Scope"/>) narrows it.</summary>
public enum AccountRole
{
    /// <summary>系统管理员: every report, every account.</summary>
    Administrator,

    /// <summary>区域管理员 (a supervising office): every unit of its region and the regions below it.</summary>
    RegionAdministrator,

    /// <summary>填报单位: its own unit's reports only.</summary>
    Unit,
}
