using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Store.Database;

/// <summary>Why a store cannot be opened, in Chinese: the database libraries' own messages are English.</summary>
internal static class StoreErrors
{
    public static string Describe(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 26 } => "这不是 SQLite 数据库文件（或文件已损坏）",
        SqliteException { SqliteErrorCode: 11 } => "数据库文件已损坏",
        SqliteException { SqliteErrorCode: 14 } => "无法打开数据库文件（路径是文件夹，或没有访问权限）",
        SqliteException { SqliteErrorCode: 8 } => "数据库是只读的",
        SqliteException { SqliteErrorCode: 5 or 6 } => "数据库被另一个程序锁定，等待超时",
        PostgresException { SqlState: "3D000" } => "服务器上没有这个数据库",
        PostgresException { SqlState: "28P01" or "28000" } => "用户名或密码不正确，或服务器不允许该用户连接",
        PostgresException { SqlState: "42501" } => "该用户没有所需的权限",
        PostgresException { SqlState: "53300" } => "服务器连接数已满",
        PostgresException pg => $"服务器报告错误 {pg.SqlState}",
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException } or System.Net.Sockets.SocketException =>
            "无法连接到服务器（地址或端口不对、服务器未启动，或连接超时）",
        NpgsqlException => "与服务器通信失败",
        UnauthorizedAccessException => "没有访问权限",
        _ => ex.Message,
    };
}
