using Npgsql;

namespace Gongkai.Bench;

/// <summary>Statements on the maintenance database of the server given with <c>--pg</c> (creating and dropping the bench's own databases).</summary>
internal static class BenchPostgres
{
    public static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static bool DatabaseExists(string server, string name)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
        command.Parameters.AddWithValue("n", name);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The connection string of database <paramref name="name"/> on <paramref name="server"/>.</summary>
    public static string Database(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>Host and port, for a stamp (no password).</summary>
    public static string Describe(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server);
        return $"{builder.Host}:{builder.Port}";
    }
}
