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

    public static StoreConnection Open(StoreLocation location)
    {
        if (location.Engine == StoreEngine.Postgres)
        {
            var pg = new NpgsqlConnection(location.ConnectionString);
            pg.Open();
            return new StoreConnection(StoreEngine.Postgres, pg);
        }

        var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var sqlite = new SqliteConnection(location.ConnectionString);
        sqlite.Open();
        var connection = new StoreConnection(StoreEngine.Sqlite, sqlite);

        // WAL: readers never block the importer; NORMAL sync keeps every commit atomic and durable against a
        // killed process (only an OS crash can lose the last commits, never half of one).
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
        return connection;
    }

    public DbTransaction Begin()
    {
        Transaction = Connection.BeginTransaction(IsolationLevel.ReadCommitted);
        return Transaction;
    }

    public void Commit()
    {
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Rollback()
    {
        if (Transaction is null)
        {
            return;
        }

        try
        {
            Transaction.Rollback();
        }
        finally
        {
            Transaction.Dispose();
            Transaction = null;
        }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
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
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : Values.To<T>(value);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public void Dispose()
    {
        Rollback();
        Connection.Dispose();
    }
}
