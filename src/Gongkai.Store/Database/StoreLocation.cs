using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Database;

/// <summary>Where a store lives: an engine and its connection string.</summary>
/// <remarks>
/// <c>--db</c> or <c>GONGKAI_DB</c> takes a PostgreSQL URI (<c>postgresql://user@host/db</c>), an Npgsql
/// connection string (<c>Host=…;Database=…</c>) or a SQLite file path; without either the store is the SQLite
/// file <c>gongkai/gongkai.db</c> under the user's data folder, created on first use.
/// </remarks>
public sealed partial record StoreLocation(StoreEngine Engine, string ConnectionString)
{
    /// <summary>The environment variable that names the store.</summary>
    public const string EnvironmentVariable = "GONGKAI_DB";

    /// <summary>The default store file: <c>~/.local/share/gongkai/gongkai.db</c> on Linux.</summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "gongkai", "gongkai.db");

    /// <summary>What to show the user: the file, or the server and database without the password.</summary>
    public string Display => Engine == StoreEngine.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : new NpgsqlConnectionStringBuilder(ConnectionString) is var b ? $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}" : "";

    /// <summary>The store named by <paramref name="option"/>, else by <see cref="EnvironmentVariable"/>, else the default file.</summary>
    /// <param name="option">The <c>--db</c> value, <see langword="null"/> when the option was not given.</param>
    /// <param name="environment">The environment variable's value; <see langword="null"/> reads it from the process.</param>
    /// <exception cref="ArgumentException">
    /// The value given is empty, has an unknown scheme (<c>garbage://x</c>) or is a malformed connection string
    /// (Chinese message naming the value and where it came from). An empty value is an error rather than the
    /// default store: a script whose variable came out empty must not read or fill another store.
    /// </exception>
    public static StoreLocation Resolve(string? option, string? environment = null)
    {
        var (value, origin) = option is not null
            ? (option, "--db")
            : (environment ?? Environment.GetEnvironmentVariable(EnvironmentVariable), $"环境变量 {EnvironmentVariable}");
        if (value is null)
        {
            return Sqlite(DefaultSqlitePath);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{origin} 的值为空：请给出 SQLite 数据库文件路径或 PostgreSQL 连接串；要使用默认数据库 {DefaultSqlitePath}，请不要设置{(option is not null ? "该选项" : "该变量")}。");
        }

        try
        {
            return Parse(value.Trim());
        }
        catch (ArgumentException ex)
        {
            // The message alone: ArgumentException.Message appends the parameter's name in English.
            var reason = ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : ex.Message;
            throw new ArgumentException($"{origin} 的值“{Redact(value.Trim())}”无法使用：{reason}", ex);
        }
    }

    /// <summary>A SQLite store in <paramref name="path"/>.</summary>
    public static StoreLocation Sqlite(string path) =>
        new(StoreEngine.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true }.ConnectionString);

    /// <summary>Reads a <c>--db</c> value.</summary>
    /// <exception cref="ArgumentException">The value is a malformed URI or connection string (Chinese message).</exception>
    public static StoreLocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(StoreEngine.Postgres, PostgresUri.ToConnectionString(value));
        }

        if (UnknownScheme().Match(value) is { Success: true } scheme)
        {
            throw new ArgumentException($"不支持“{scheme.Groups[1].Value}://”这种地址；请用 postgresql://用户@主机/库、Host=…;Database=… 或 SQLite 文件路径。", nameof(value));
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresConnectionString(value);
        }

        const string dataSource = "Data Source=";
        var path = value.StartsWith(dataSource, StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnectionStringBuilder(value).DataSource
            : value;
        return Sqlite(path);
    }

    // Its own method, so that opening a SQLite store does not load Npgsql (start-up, docs/performance.md).
    private static StoreLocation PostgresConnectionString(string value)
    {
        try
        {
            return new(StoreEngine.Postgres, new NpgsqlConnectionStringBuilder(value).ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException("数据库连接字符串无法识别。", nameof(value), ex);
        }
    }

    // A URI scheme other than postgres(ql): never a file name (a Windows drive letter is one letter and no "//").
    [System.Text.RegularExpressions.GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]+)://")]
    private static partial System.Text.RegularExpressions.Regex UnknownScheme();

    // The password of a PostgreSQL URI or connection string is never printed.
    private static string Redact(string value) =>
        PasswordPattern().Replace(value, m => m.Groups[1].Value + "***");

    [System.Text.RegularExpressions.GeneratedRegex("((?:^|;)\\s*Password\\s*=\\s*)[^;]*|(?<=://[^:/@]+:)[^@]*(?=@)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PasswordPattern();
}
