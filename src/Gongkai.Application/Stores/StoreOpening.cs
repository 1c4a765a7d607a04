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
            return UseCaseFailure.Of(FailureKind.StoreUnavailable, WithoutParameterName(ex), ex.InnerException);
        }

        try
        {
            store = ReportStore.Open(location);
            return null;
        }
        catch (StoreUnavailableException ex)
        {
            // The store's message carries the driver's English text after the reason; say it in Chinese instead.
            var message = ex.InnerException is { } cause ? $"无法打开数据库 {location.Display}：{StoreErrors.Describe(cause)}。" : ex.Message;
            return UseCaseFailure.Of(FailureKind.StoreUnavailable, message, ex.InnerException);
        }
    }

    // ArgumentException appends " (Parameter 'name')" to a message given with a parameter name.
    private static string WithoutParameterName(ArgumentException ex)
    {
        var suffix = ex.ParamName is null ? -1 : ex.Message.LastIndexOf(" (", StringComparison.Ordinal);
        return suffix > 0 ? ex.Message[..suffix] : ex.Message;
    }
}
