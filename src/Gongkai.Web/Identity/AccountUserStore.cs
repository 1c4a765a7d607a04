using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Identity;

/// <summary>Identity's user store over the store's <c>accounts</c> table (one role per account: its role and scope).</summary>
public sealed class AccountUserStore(ReportStore store, IdentityErrorDescriber errors) :
    IUserPasswordStore<GongkaiUser>, IUserLockoutStore<GongkaiUser>, IUserSecurityStampStore<GongkaiUser>, IUserRoleStore<GongkaiUser>
{
    public Task<IdentityResult> CreateAsync(GongkaiUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var created = store.Accounts.Create(user.ToStored(user.ConcurrencyStamp));
        if (created is null)
        {
            return Task.FromResult(IdentityResult.Failed(errors.DuplicateUserName(user.UserName)));
        }

        user.Id = created.Id;
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> UpdateAsync(GongkaiUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var next = Guid.NewGuid().ToString("N");
        if (!store.Accounts.Update(user.ToStored(next), user.ConcurrencyStamp))
        {
            return Task.FromResult(IdentityResult.Failed(errors.ConcurrencyFailure()));
        }

        user.ConcurrencyStamp = next;
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> DeleteAsync(GongkaiUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(store.Accounts.Delete(user.Id) ? IdentityResult.Success : IdentityResult.Failed(errors.ConcurrencyFailure()));
    }

    public Task<GongkaiUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && store.Accounts.Find(id) is { } a ? GongkaiUser.From(a) : null);

    public Task<GongkaiUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        Task.FromResult(store.Accounts.FindByName(normalizedUserName) is { } a ? GongkaiUser.From(a) : null);

    public Task<string> GetUserIdAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id.ToString(CultureInfo.InvariantCulture));

    public Task<string?> GetUserNameAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(GongkaiUser user, string? userName, CancellationToken cancellationToken) => Set(() => user.UserName = userName ?? "");

    public Task<string?> GetNormalizedUserNameAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(GongkaiUser user, string? normalizedName, CancellationToken cancellationToken) => Set(() => user.NormalizedUserName = normalizedName ?? "");

    public Task SetPasswordHashAsync(GongkaiUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(GongkaiUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(GongkaiUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(GongkaiUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);

    public Task SetSecurityStampAsync(GongkaiUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(GongkaiUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    // One role per account: adding a role replaces it (its scope is set with it, by the account pages).
    public Task AddToRoleAsync(GongkaiUser user, string roleName, CancellationToken cancellationToken) =>
        Set(() => user.Role = AccountRoles.FromDisplayName(roleName) ?? throw new InvalidOperationException($"角色“{roleName}”不存在。"));

    public Task RemoveFromRoleAsync(GongkaiUser user, string roleName, CancellationToken cancellationToken) =>
        throw new NotSupportedException("每个账户恰有一个角色：请改为设置另一个角色。");

    public Task<IList<string>> GetRolesAsync(GongkaiUser user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<string>>([user.Role.DisplayName()]);

    public Task<bool> IsInRoleAsync(GongkaiUser user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(user.Role.DisplayName() == roleName);

    public Task<IList<GongkaiUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        Task.FromResult<IList<GongkaiUser>>([.. store.Accounts.All().Where(a => a.Role.DisplayName() == roleName).Select(GongkaiUser.From)]);

    public void Dispose()
    {
        // The store belongs to the request's scope, which disposes it.
    }

    private static Task Set(Action change)
    {
        change();
        return Task.CompletedTask;
    }
}
