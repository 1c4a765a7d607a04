using System.Globalization;
using System.Security.Claims;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Gongkai.Web.Identity;

/// <summary>
/// Sign-in sessions kept in the store: the cookie holds only a random key, the ticket (encrypted with the shared key
/// ring) stays on the server, so a sign-out ends the session everywhere and any instance can continue it.
/// </summary>
public sealed class StoreTicketStore : ITicketStore
{
    private readonly StoreFactory _stores;
    private readonly IDataProtector _protector;

    internal StoreTicketStore(StoreFactory stores, IDataProtectionProvider protection)
    {
        _stores = stores;
        _protector = protection.CreateProtector("Gongkai.Web.Sessions");
    }

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var accountId = long.TryParse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        using var store = _stores.Open();
        store.Sessions.Save(key, accountId, _protector.Protect(TicketSerializer.Default.Serialize(ticket)), ticket.Properties.ExpiresUtc);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        using var store = _stores.Open();
        if (store.Sessions.Find(key) is not { } bytes)
        {
            return Task.FromResult<AuthenticationTicket?>(null);
        }

        try
        {
            return Task.FromResult(TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes)));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A ticket sealed with a key no longer in the ring: the user signs in again.
            return Task.FromResult<AuthenticationTicket?>(null);
        }
    }

    public Task RemoveAsync(string key)
    {
        using var store = _stores.Open();
        store.Sessions.Remove(key);
        return Task.CompletedTask;
    }
}
