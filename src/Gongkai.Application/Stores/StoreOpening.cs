using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Application.Stores;

/// <summary>Opens the store named by a <c>--db</c> value (or the environment, or the default file), saying in Chinese why not.</summary>
public static class StoreOpening
{
    /// <summary>Whether a store is configured or exists: when none is, nothing needs looking up and none is created for looking.</summary>
    public static bool AnyStore(string? db) =>
        db is not null || Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is not null || File.Exists(StoreLocation.DefaultSqlitePath);

    /// <summary>Opens the store, or returns why it cannot be opened.</summary>
    public static UseCaseFailure? TryOpen(string? db, out ReportStore? store)
    {
        store = null;
        StoreLocation location;
        try
        {
            location = StoreLocation.Resolve(db);
        }
        catch (ArgumentException ex)
        {
            // StoreLocation's message is already Chinese and names the value (it strips the parameter's English name).
            return UseCaseFailure.Of(FailureKind.StoreUnavailable, ex.Message, ex.InnerException);
        }

        try
        {
            store = ReportStore.Open(location);
            return null;
        }
        catch (StoreUnavailableException ex)
        {
            // ReportStore.Open says why in Chinese (StoreErrors); the driver's own text stays the detail for --verbose.
            return UseCaseFailure.Of(FailureKind.StoreUnavailable, ex.Message, ex.InnerException);
        }
    }
}
