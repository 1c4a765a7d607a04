using System.Globalization;
using Gongkai.Store.Database;

namespace Gongkai.Store.Tests;

/// <summary>Every table an import writes, as sorted text rows without ids and times: what a reader of the store can tell apart.</summary>
public static class StoreRows
{
    private static readonly string[] Queries =
    [
        "SELECT r.identity, r.agency, r.agency_key, r.year, cv.version, r.unit_id, r.match_kind, r.published_at IS NULL FROM reports r LEFT JOIN report_versions cv ON cv.id = r.current_version",
        "SELECT r.identity, v.version, v.template, v.published_on, v.is_summary, v.content_sha256, v.report_json, v.errors, v.warnings, v.file_modified_at FROM report_versions v JOIN reports r ON r.id = v.report_id",
        "SELECT r.identity, v.version, c.table_key, c.row_key, c.column_key, f.state, f.value FROM facts f JOIN cells c ON c.id = f.cell_id JOIN report_versions v ON v.id = f.version_id JOIN reports r ON r.id = v.report_id",
        "SELECT r.identity, v.version, f.seq, f.code, f.severity, f.cells, f.message FROM findings f JOIN report_versions v ON v.id = f.version_id JOIN reports r ON r.id = v.report_id",
        "SELECT sha256, size, content FROM files",
        "SELECT s.file_sha256, r.identity, v.version, s.source_path, s.format FROM version_sources s JOIN report_versions v ON v.id = s.version_id JOIN reports r ON r.id = v.report_id",
    ];

    /// <summary>The rows of the store at <paramref name="location"/>, table by table (on a connection of its own, so that tests outside the store's assembly can use it).</summary>
    public static List<string> All(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        using System.Data.Common.DbConnection connection = location.Engine == StoreEngine.Postgres
            ? new Npgsql.NpgsqlConnection(location.ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(location.ConnectionString);
        connection.Open();
        var rows = new List<string>();
        foreach (var sql in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var table = new List<string>();
            while (reader.Read())
            {
                table.Add(Text(reader));
            }

            rows.AddRange(table.Order(StringComparer.Ordinal));
        }

        return rows;
    }

    private static string Text(System.Data.Common.DbDataReader r) =>
        string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)));
}
