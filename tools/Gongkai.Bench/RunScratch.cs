using Npgsql;

namespace Gongkai.Bench;

/// <summary>
/// A fresh, empty folder for one run of one row (and a fresh PostgreSQL database when the row asks). When the run
/// ends the database is dropped and files of <see cref="LargeFileBytes"/> or more are removed; the folder with the
/// rest stays until the bench ends (<see cref="BenchRunner.Dispose"/>).
/// </summary>
/// <remarks>
/// Removing a run's 1,000 outputs just before the next run measured the file system's memory of them rather than the
/// run: on an ext4 without a journal (this machine's) creating a file skips every inode freed in the last 30 s, or
/// 330 s while its inode table is dirty (fs/ext4/ialloc.c, <c>recently_deleted</c>). <c>perf</c> put 72% of a
/// <c>cp -r</c>'s time there (docs/performance.md, "Method"). The large files are the exports' CSVs, gigabytes each
/// and few inodes.
/// </remarks>
internal sealed class RunScratch : IDisposable
{
    /// <summary>Files at least this large are removed when the run ends.</summary>
    public const long LargeFileBytes = 64L << 20;

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

        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            if (file.Length >= LargeFileBytes)
            {
                file.Delete();
            }
        }
    }
}
