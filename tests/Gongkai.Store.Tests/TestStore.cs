using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Store.Tests;

/// <summary>A fresh, empty store for one test, on SQLite or PostgreSQL; dropped on dispose.</summary>
/// <remarks>PostgreSQL runs when the tests' server is configured (<see cref="TestDatabase"/>).</remarks>
public sealed class TestStore : IDisposable
{
    private readonly string? _sqliteFolder;
    private readonly TestDatabase? _pgDatabase;

    private TestStore(string engine)
    {
        if (engine == "sqlite")
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("gongkai-store-").FullName;
            Location = StoreLocation.Sqlite(Path.Combine(_sqliteFolder, "test.db"));
        }
        else
        {
            _pgDatabase = TestDatabase.Create();
            Location = new StoreLocation(StoreEngine.Postgres, _pgDatabase.ConnectionString);
        }
    }

    /// <summary>The engines to test: SQLite always, PostgreSQL when configured.</summary>
    public static TheoryData<string> Engines
    {
        get
        {
            var engines = new TheoryData<string> { "sqlite" };
            if (TestDatabase.AdminConnectionString is not null)
            {
                engines.Add("postgres");
            }
            else if (TestDatabase.Required)
            {
                throw new InvalidOperationException("GONGKAI_TEST_PG_REQUIRED=1 but GONGKAI_TEST_PG is not set.");
            }

            return engines;
        }
    }

    public StoreLocation Location { get; }

    public static TestStore Create(string engine) => new(engine);

    public ReportStore Open() => ReportStore.Open(Location);

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        _pgDatabase?.Dispose();
    }
}
