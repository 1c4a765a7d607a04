using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Database;

/// <summary>Where a store lives: an engine and its connection string.</summary>
/// <remarks>
/// <c>--db</c> or <c>GONGKAI_DB</c> takes a PostgreSQL URI (<c>postgresql://user@host/db</c>), an Npgsql
/// connection string (<c>Host=…;Database=…</c>) or a SQLite file path; without either the store is the SQLite
/// file <c>gongkai/gongkai.db</c> under the user's data folder, created on first use.
/// </remarks>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString)
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
    public static StoreLocation Resolve(string? option, string? environment = null)
    {
        var value = !string.IsNullOrWhiteSpace(option) ? option : environment ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value) ? Sqlite(DefaultSqlitePath) : Parse(value.Trim());
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

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.Contains("Server=", StringComparison.OrdinalIgnoreCase))
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

        const string dataSource = "Data Source=";
        var path = value.StartsWith(dataSource, StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnectionStringBuilder(value).DataSource
            : value;
        return Sqlite(path);
    }
}
