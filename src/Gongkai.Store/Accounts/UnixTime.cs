namespace Gongkai.Store.Accounts;

/// <summary>The accounts tables keep times as Unix milliseconds (UTC), which both engines store and compare alike.</summary>
internal static class UnixTime
{
    public static long Of(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long? Of(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    public static DateTimeOffset From(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
