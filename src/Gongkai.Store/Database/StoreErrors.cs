using System.Data.Common;
using System.Net.Sockets;
using Gongkai.Core.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Database;

/// <summary>
/// A database exception as a short Chinese reason. SQLite's and PostgreSQL's own texts are English; they are the
/// technical detail, shown by the CLI only with <c>--verbose</c>.
/// </summary>
public static class StoreErrors
{
    /// <summary>Why <paramref name="exception"/> happened, in a few Chinese words (no final punctuation).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        StoreUnavailableException { InnerException: { } cause } => Describe(cause),
        StoreUnavailableException unavailable => unavailable.Message,
        SqliteException sqlite => Sqlite(sqlite.SqliteErrorCode),
        PostgresException postgres => Postgres(postgres.SqlState),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } => "无法连接到 PostgreSQL 服务器（地址、端口或网络有误，或服务器未运行）",
        NpgsqlException { InnerException: { } cause } => Describe(cause),
        NpgsqlException => "PostgreSQL 连接出错",
        SocketException => "无法连接到数据库服务器（地址、端口或网络有误，或服务器未运行）",
        TimeoutException => "连接数据库超时",
        DbException db => $"数据库出错（错误代码 {db.ErrorCode}）",
        IOException or UnauthorizedAccessException => IoFailures.Describe(exception),
        ArgumentException or InvalidOperationException => "连接参数无效",
        _ => "数据库出错",
    };

    // https://sqlite.org/rescode.html: the primary result codes.
    private static string Sqlite(int code) => code switch
    {
        5 or 6 => "数据库正被其他程序使用（已锁定），请稍后重试",
        8 => "数据库文件只读，无法写入",
        10 => "读写数据库文件出错",
        11 => "数据库文件已损坏",
        13 => "磁盘已满",
        14 => "无法打开数据库文件（所在目录不存在或没有权限）",
        23 => "没有访问数据库文件的权限",
        26 => "文件不是 SQLite 数据库，或已损坏",
        _ => $"SQLite 出错（错误代码 {code}）",
    };

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static string Postgres(string state) => state switch
    {
        "28P01" or "28000" => "用户名或密码错误，或服务器拒绝了此用户",
        "3D000" => "数据库不存在",
        "42501" => "数据库用户没有所需的权限",
        "53300" => "服务器连接数已满",
        "57P03" => "服务器正在启动或关闭，暂不接受连接",
        "53100" => "服务器磁盘已满",
        _ when state.StartsWith("08", StringComparison.Ordinal) => "与数据库服务器的连接出错",
        _ => $"PostgreSQL 出错（SQLSTATE {state}）",
    };
}
