using Npgsql;

namespace Gongkai.Bench;

/// <summary>A fresh, empty folder for one run of one row (and a fresh PostgreSQL database when the row asks), removed afterwards.</summary>
internal sealed class RunScratch : IDisposable
{
    private readonly string? _server;
    private string? _database;

    public RunScratch(string parent, string? server)
    {
        Folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        _server = server;
    }

    /// <summary>The run's folder.</summary>
    public string Folder { get; }

    /// <summary>A path inside <see cref="Folder"/>.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Creates an empty database on the server for this run and returns its connection string.</summary>
    public string FreshDatabase()
    {
        _database = $"gongkai_bench_run_{Guid.NewGuid():N}";
        BenchPostgres.Execute(_server ?? throw new InvalidOperationException("no PostgreSQL server"), $"CREATE DATABASE {_database}");
        return new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
    }

    public void Dispose()
    {
        if (_database is not null && _server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            BenchPostgres.Execute(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }

        Directory.Delete(Folder, recursive: true);
    }
}
