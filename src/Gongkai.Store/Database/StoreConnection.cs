using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Database;

/// <summary>One open connection to a store, with the few things the two engines do differently.</summary>
/// <remarks>
/// The SQL is written once for both engines: parameters are <c>@name</c>, inserts use <c>RETURNING id</c> and
/// <c>ON CONFLICT</c>, which SQLite (3.35+) and PostgreSQL both accept. Values are bound as .NET types
/// (<see cref="DateOnly"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>) so each provider stores them natively.
/// </remarks>
internal sealed class StoreConnection : IDisposable
{
    private StoreConnection(StoreEngine engine, DbConnection connection)
    {
        Engine = engine;
        Connection = connection;
    }

    public StoreEngine Engine { get; }

    public DbConnection Connection { get; }

    public DbTransaction? Transaction { get; private set; }

    /// <summary>Whether the store can only be read (a SQLite file or folder without write permission).</summary>
    public bool IsReadOnly { get; private init; }

    public static StoreConnection Open(StoreLocation location)
    {
        if (location.Engine == StoreEngine.Postgres)
        {
            return OpenPostgres(location);
        }

        var builder = new SqliteConnectionStringBuilder(location.ConnectionString);
        var file = builder.DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is { Length: > 0 } && !Directory.Exists(folder))
        {
            // Only the default store is created with its folder; a folder that is not there in a path the user gave
            // is a typo, and a new empty store there would silently hide every report.
            if (!string.Equals(Path.GetFullPath(file), StoreLocation.DefaultSqlitePath, StringComparison.Ordinal))
            {
                throw new StoreUnavailableException($"无法打开数据库 {file}：文件夹 {folder} 不存在（不会自动创建，请检查路径）。");
            }

            Directory.CreateDirectory(folder);
        }

        if (File.Exists(file) && !SqliteFiles.Writable(file))
        {
            return OpenReadOnly(builder);
        }

        var sqlite = new SqliteConnection(location.ConnectionString);
        sqlite.Open();
        var connection = new StoreConnection(StoreEngine.Sqlite, sqlite);
        if (SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1)
        {
            // SQLite fell back to reading only: the operating system refused to open the file for writing.
            connection.Dispose();
            return OpenReadOnly(builder);
        }

        try
        {
            // busy_timeout first: another process may hold the write lock (two imports at once). WAL: readers never
            // block the importer; NORMAL sync keeps every commit atomic and durable against a killed process (only an
            // OS crash can lose the last commits, never half of one).
            connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            return connection;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen && File.Exists(file))
        {
            // The file is writable but its folder is not (WAL needs its -shm and -wal files beside it).
            connection.Dispose();
            return OpenReadOnly(builder);
        }
    }

    // Its own method, so that opening a SQLite store does not load Npgsql (start-up, docs/performance.md).
    private static StoreConnection OpenPostgres(StoreLocation location)
    {
        var pg = new NpgsqlConnection(WithAutoPrepare(location.ConnectionString));
        pg.Open();
        return new StoreConnection(StoreEngine.Postgres, pg);
    }

    // The store runs a few fixed statements thousands of times (an import: ~10 per report): Npgsql prepares those it
    // sees twice, so the server parses and plans each once per connection instead of once per report (issue #16; the
    // server shares the machine's cores with the parsers). A connection string that sets it keeps its own value.
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 32;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;

    // A store the user may not write (an archived copy, a shared read-only folder) still serves the read-only verbs.
    // WAL lets a read-only connection read when the -shm and -wal files exist or can be created; where neither is
    // possible the file is opened as immutable (nobody can be writing it: the folder is read-only).
    private static StoreConnection OpenReadOnly(SqliteConnectionStringBuilder builder)
    {
        var readOnly = new SqliteConnectionStringBuilder(builder.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            return Probe(readOnly);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen)
        {
            var uri = "file:" + Uri.EscapeDataString(Path.GetFullPath(builder.DataSource)).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1";
            return Probe(new SqliteConnectionStringBuilder(readOnly.ConnectionString) { DataSource = uri });
        }

        static StoreConnection Probe(SqliteConnectionStringBuilder connectionString)
        {
            var sqlite = new SqliteConnection(connectionString.ConnectionString);
            try
            {
                sqlite.Open();
                var connection = new StoreConnection(StoreEngine.Sqlite, sqlite) { IsReadOnly = true };
                connection.Execute("PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
                connection.Scalar<long>("SELECT COUNT(*) FROM sqlite_master");
                return connection;
            }
            catch
            {
                sqlite.Dispose();
                throw;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it; when a concurrent writer got in the way (another
    /// import storing the same file or report, a serialisation failure, a deadlock, a busy SQLite file) the
    /// transaction is rolled back and run again, a few times, so that two imports at once both succeed.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            Begin();
            try
            {
                var result = work();
                Commit();
                return result;
            }
            catch (DbException ex) when (attempt < MaxAttempts && IsTransient(ex))
            {
                Rollback();
                Thread.Sleep(TimeSpan.FromMilliseconds((20 * attempt) + Random.Shared.Next(0, 20 * attempt)));
            }
            catch
            {
                Rollback();
                throw;
            }
        }
    }

    private const int MaxAttempts = 8;

    /// <summary>Whether <paramref name="ex"/> comes from a concurrent writer (worth running the transaction again).</summary>
    public static bool IsTransient(DbException ex) => ex switch
    {
        // 40001 serialization_failure, 40P01 deadlock_detected, 23505 unique_violation (a row another transaction
        // inserted first: on the next attempt this one finds it).
        PostgresException pg => pg.SqlState is "40001" or "40P01" or "23505",
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    };

    /// <summary>
    /// Holds, until the transaction ends, the lock named <paramref name="name"/> (PostgreSQL advisory lock): writers
    /// of one report in different processes take turns. SQLite needs none: its write transactions take turns already.
    /// </summary>
    /// <remarks>Sent with the next command (<see cref="Defer"/>), which the lock holds back until it is granted.</remarks>
    public void Lock(string name)
    {
        if (Engine == StoreEngine.Postgres)
        {
            Defer("SELECT pg_advisory_xact_lock(@key)", returnsRow: true, ("key", BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))));
        }
    }

    /// <summary>Starts the savepoint <paramref name="name"/> in the open transaction (PostgreSQL: with the next command).</summary>
    public void Savepoint(string name)
    {
        if (Engine == StoreEngine.Postgres)
        {
            Defer($"SAVEPOINT {name}");
            return;
        }

        Transaction!.Save(name);
    }

    /// <summary>Ends the savepoint <paramref name="name"/>, keeping what was done in it (PostgreSQL: with the next command).</summary>
    public void ReleaseSavepoint(string name)
    {
        if (Engine == StoreEngine.Postgres)
        {
            Defer($"RELEASE SAVEPOINT {name}");
            return;
        }

        Transaction!.Release(name);
    }

    /// <summary>Undoes what was done since the savepoint <paramref name="name"/> and ends it.</summary>
    public void RollbackToSavepoint(string name)
    {
        // What waited for the next command went with the command that failed (Command takes it).
        _deferred.Clear();
        Transaction!.Rollback(name);
        Transaction.Release(name);
    }

    // PostgreSQL: statements whose answer nobody reads (a savepoint, its release, an advisory lock) wait here and go to
    // the server in front of the next command, in the same round trip: an import is bound by round trips (issue #16).
    // Query and Scalar skip the rows of those that return one; a caller of Command reading rows gets no such statement
    // in front (only Lock defers one, and every caller queries through Query, Scalar or Execute right after it).
    private readonly List<(string Sql, (string Name, object? Value)[] Parameters, bool ReturnsRow)> _deferred = [];
    private int _deferredRows;

    private void Defer(string sql, bool returnsRow = false, params (string Name, object? Value)[] parameters) =>
        _deferred.Add((sql, parameters, returnsRow));

    /// <summary>Sends what waits for the next command now (before a COPY, which is no command, and before a commit).</summary>
    public void SendDeferred()
    {
        if (_deferred.Count == 0)
        {
            return;
        }

        var (sql, parameters, _) = _deferred[^1];
        _deferred.RemoveAt(_deferred.Count - 1);
        Execute(sql, parameters);
    }

    private (string Sql, (string Name, object? Value)[] Parameters) TakeDeferred(string sql, (string Name, object? Value)[] parameters)
    {
        _deferredRows = 0;
        if (_deferred.Count == 0)
        {
            return (sql, parameters);
        }

        var text = new System.Text.StringBuilder();
        var all = new List<(string Name, object? Value)>();
        foreach (var (deferredSql, deferredParameters, returnsRow) in _deferred)
        {
            text.Append(deferredSql).Append(";\n");
            all.AddRange(deferredParameters);
            _deferredRows += returnsRow ? 1 : 0;
        }

        _deferred.Clear();
        all.AddRange(parameters);
        if (all.DistinctBy(p => p.Name).Count() != all.Count)
        {
            throw new InvalidOperationException($"Deferred statements and the command share a parameter name: {sql}");
        }

        return (text.Append(sql).ToString(), [.. all]);
    }

    public DbTransaction Begin()
    {
        Transaction = Connection.BeginTransaction(IsolationLevel.ReadCommitted);
        return Transaction;
    }

    public void Commit()
    {
        SendDeferred();
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Rollback()
    {
        _deferred.Clear();
        if (Transaction is null)
        {
            return;
        }

        try
        {
            Transaction.Rollback();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The transaction already ended on the server (a failed commit, a dropped connection): nothing to undo.
        }
        finally
        {
            Transaction.Dispose();
            Transaction = null;
        }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        (sql, parameters) = TakeDeferred(sql, parameters);
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(sql, parameters);
        int changed;
        try
        {
            changed = command.ExecuteNonQuery();
        }
        catch
        {
            command.Dispose();
            throw;
        }

        Return(sql, command);
        return changed;
    }

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(sql, parameters);
        object? value;
        try
        {
            if (_deferredRows == 0)
            {
                value = command.ExecuteScalar();
            }
            else
            {
                using var reader = SkipDeferred(command.ExecuteReader());
                value = reader.Read() ? reader.GetValue(0) : null;
            }
        }
        catch
        {
            command.Dispose();
            throw;
        }

        Return(sql, command);
        return value is null or DBNull ? default : Values.To<T>(value);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        var command = Rent(sql, parameters);
        var rows = new List<T>();
        try
        {
            using var reader = SkipDeferred(command.ExecuteReader());
            while (reader.Read())
            {
                rows.Add(map(reader));
            }
        }
        catch
        {
            command.Dispose();
            throw;
        }

        Return(sql, command);
        return rows;
    }

    private DbDataReader SkipDeferred(DbDataReader reader)
    {
        for (; _deferredRows > 0; _deferredRows--)
        {
            reader.NextResult();
        }

        return reader;
    }

    // SQLite compiles a command's SQL again for every new command; the store runs a few fixed texts thousands of times
    // in an import (~10 per report), so a connection keeps its commands, compiled, and binds them again (issue #16).
    // A command is taken out while it runs, so a query run from inside another one's rows gets a command of its own.
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private const int MaxKeptCommands = 64;

    private DbCommand Rent(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.Remove(sql, out var command))
        {
            return Command(sql, parameters);
        }

        if (command.Parameters.Count != parameters.Length)
        {
            command.Dispose();
            return Command(sql, parameters);
        }

        command.Transaction = Transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.Parameters[i];
            if (!string.Equals(parameter.ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                command.Dispose();
                return Command(sql, parameters);
            }

            parameter.Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    private void Return(string sql, DbCommand command)
    {
        if (Engine == StoreEngine.Sqlite && _commands.Count < MaxKeptCommands && _commands.TryAdd(sql, command))
        {
            return;
        }

        command.Dispose();
    }

    public void Dispose()
    {
        Rollback();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }
}
