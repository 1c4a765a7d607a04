using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Gongkai.Store.Database;

/// <summary>
/// One SQLite statement compiled once and run many times with values bound by position: what the import's hot inserts
/// (~200 facts per report) use instead of a <see cref="SqliteCommand"/>, which binds every parameter by name (a UTF-8
/// conversion and a native lookup per parameter and row) and formats every <see cref="decimal"/> as text (issue #16).
/// </summary>
/// <remarks>
/// Values are stored exactly as <see cref="SqliteCommand"/> stores them (see <see cref="BindNumber"/>); the statement runs
/// on the connection's open transaction like any command. Owned by one connection: dispose it before the connection.
/// </remarks>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    private SqliteStatement(sqlite3 db, sqlite3_stmt statement)
    {
        _db = db;
        _statement = statement;
    }

    public static SqliteStatement Prepare(StoreConnection connection, string sql)
    {
        var db = ((SqliteConnection)connection.Connection).Handle!;
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        return new SqliteStatement(db, statement);
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, string value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>
    /// Binds a number as <see cref="SqliteCommand"/> does, so the stored row is the same: it binds a decimal as the text
    /// <c>0.0###…</c>, which a NUMERIC column stores as INTEGER when it is a whole number below 2^51 in magnitude and as
    /// REAL otherwise (SQLite's type affinity: the text is read as a double, kept as an integer when
    /// <c>sqlite3RealSameAsInt</c>); such a whole number is bound here as that INTEGER directly.
    /// </summary>
    public void BindNumber(int index, decimal? value)
    {
        if (value is not { } number)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
        }
        else if (number == decimal.Truncate(number) && number is >= -WholeLimit and < WholeLimit)
        {
            Check(raw.sqlite3_bind_int64(_statement, index, (long)number));
        }
        else
        {
            Check(raw.sqlite3_bind_text(_statement, index, number.ToString(DecimalText, CultureInfo.InvariantCulture)));
        }
    }

    private const decimal WholeLimit = 2_251_799_813_685_248m; // 2^51

    // Microsoft.Data.Sqlite's text for a decimal (SqliteValueBinder).
    internal const string DecimalText = "0.0###########################";

    /// <summary>Runs the statement with the values bound, and makes it ready for the next row.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
