using Gongkai.Store.Database;
using Npgsql;

namespace Gongkai.Store.Tests;

/// <summary>A fresh, empty store for one test, on SQLite or PostgreSQL; dropped on dispose.</summary>
/// <remarks>
/// PostgreSQL runs when <c>GONGKAI_TEST_PG</c> holds a connection string to a server where the tests may create
/// databases (<c>./run-tests</c>, which CI runs, starts one on loopback and sets it, with <c>GONGKAI_TEST_PG_REQUIRED=1</c> so that a
/// missing server fails the run instead of skipping half the suite).
/// </remarks>
public sealed class TestStore : IDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _pgDatabase;

    private TestStore(string engine)
    {
        if (engine == "sqlite")
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("gongkai-store-").FullName;
            Location = StoreLocation.Sqlite(Path.Combine(_sqliteFolder, "test.db"));
        }
        else
        {
            _pgDatabase = $"gongkai_test_{Guid.NewGuid():N}";
            using (var admin = new NpgsqlConnection(AdminConnectionString!))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}", admin);
                create.ExecuteNonQuery();
            }

            Location = new StoreLocation(StoreEngine.Postgres, new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _pgDatabase }.ConnectionString);
        }
    }

    /// <summary>The engines to test: SQLite always, PostgreSQL when configured.</summary>
    public static TheoryData<string> Engines
    {
        get
        {
            var engines = new TheoryData<string> { "sqlite" };
            if (AdminConnectionString is not null)
            {
                engines.Add("postgres");
            }
            else if (Environment.GetEnvironmentVariable("GONGKAI_TEST_PG_REQUIRED") == "1")
            {
                throw new InvalidOperationException("GONGKAI_TEST_PG_REQUIRED=1 but GONGKAI_TEST_PG is not set.");
            }

            return engines;
        }
    }

    public StoreLocation Location { get; }

    private static string? AdminConnectionString => Environment.GetEnvironmentVariable("GONGKAI_TEST_PG") is { Length: > 0 } value ? value : null;

    public static TestStore Create(string engine) => new(engine);

    public ReportStore Open() => ReportStore.Open(Location);

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(AdminConnectionString!);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
