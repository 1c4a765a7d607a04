using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Web.Hosting;

/// <summary>
/// Opens the store: one <see cref="ReportStore"/> per request (it holds one connection and serves one thread), and
/// short-lived ones for the singletons (data-protection keys, sessions).
/// </summary>
internal sealed class StoreFactory(StoreLocation location)
{
    public StoreLocation Location { get; } = location;

    /// <exception cref="StoreUnavailableException">The store cannot be opened (Chinese message).</exception>
    public ReportStore Open() => ReportStore.Open(Location);
}
