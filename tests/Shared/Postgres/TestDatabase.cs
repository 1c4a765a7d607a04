using Npgsql;

namespace Gongkai.Testing;

/// <summary>
/// A throwaway database on the tests' PostgreSQL server (<c>GONGKAI_TEST_PG</c>, a connection string to a server
/// where the tests may create databases; <c>./run-tests</c>, which CI runs, starts one on loopback and sets it, with
/// <c>GONGKAI_TEST_PG_REQUIRED=1</c> so that a missing server fails the run instead of skipping the PostgreSQL tests).
/// Dropped on dispose.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _name = $"gongkai_test_{Guid.NewGuid():N}";

    private TestDatabase()
    {
        using var admin = new NpgsqlConnection(AdminConnectionString ?? throw new InvalidOperationException("GONGKAI_TEST_PG is not set."));
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", admin);
        create.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _name }.ConnectionString;
    }

    /// <summary>The server's connection string, or <see langword="null"/> when none is configured.</summary>
    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") is { Length: > 0 } value ? value : null;

    /// <summary>Whether a missing server must fail the tests that need it rather than skip them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("GONGKAI_TEST_PG_REQUIRED") == "1";

    /// <summary>The new database's connection string.</summary>
    public string ConnectionString { get; }

    public static TestDatabase Create() => new();

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(AdminConnectionString!);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
