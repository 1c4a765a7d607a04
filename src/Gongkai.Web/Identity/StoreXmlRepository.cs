using System.Xml.Linq;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Gongkai.Web.Identity;

/// <summary>The data-protection key ring kept in the store, so that every instance reads the cookies of every other.</summary>
public sealed class StoreXmlRepository : IXmlRepository
{
    private readonly StoreFactory _stores;

    internal StoreXmlRepository(StoreFactory stores) => _stores = stores;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var store = _stores.Open();
        return [.. store.ProtectionKeys.All().Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var store = _stores.Open();
        store.ProtectionKeys.Add(string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
