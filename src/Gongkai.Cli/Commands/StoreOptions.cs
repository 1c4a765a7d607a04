using System.CommandLine;
using System.Data.Common;
using Gongkai.Application;
using Gongkai.Application.Stores;
using Gongkai.Cli.Formatting;
using Gongkai.Store;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Commands;

/// <summary>The <c>--db</c> option of the store verbs, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"数据库：PostgreSQL 连接串（postgresql://用户@主机/库 或 Host=…;Database=…）或 SQLite 文件路径；默认读取环境变量 {StoreLocation.EnvironmentVariable}，再默认为 {StoreLocation.DefaultSqlitePath}",
    };

    /// <summary>
    /// Sets <paramref name="command"/>'s action to run <paramref name="action"/> on the store named by
    /// <paramref name="db"/>, or to exit with <see cref="ExitCodes.StoreUnavailable"/> saying why it cannot be opened
    /// or why a statement failed (in Chinese; the database's own English text only with <c>--verbose</c>).
    /// </summary>
    /// <param name="command">The verb.</param>
    /// <param name="db">Its <c>--db</c> option.</param>
    /// <param name="action">What the verb does with the open store.</param>
    /// <param name="writes">Whether the verb writes: a read-only store is then refused with exit 4 before anything is done.</param>
    public static void SetStoreAction(this Command command, Option<string?> db, Func<ParseResult, ReportStore, TextWriter, TextWriter, int> action, bool writes = false)
    {
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            using var store = Open(result.GetValue(db), error, result.IsVerbose());
            if (store is null || (writes && RefuseReadOnly(store, error)))
            {
                return ExitCodes.StoreUnavailable;
            }

            try
            {
                return action(result, store, output, error);
            }
            catch (DbException ex)
            {
                FailureFormatter.Write(error, $"数据库 {store.Location.Display} 操作失败：{StoreErrors.Describe(ex)}。", ex, result.IsVerbose());
                return ExitCodes.StoreUnavailable;
            }
        });
    }

    /// <summary>Says so and returns <see langword="true"/> when <paramref name="store"/> can only be read.</summary>
    public static bool RefuseReadOnly(ReportStore store, TextWriter error)
    {
        if (!store.IsReadOnly)
        {
            return false;
        }

        error.WriteLine($"数据库 {store.Location.Display} 是只读的（文件或其所在文件夹没有写权限）：可以导出、汇总、审核和查看版本，但不能导入或修改。");
        return true;
    }

    /// <summary>Opens the store, or writes why it cannot be opened and returns <see langword="null"/>.</summary>
    public static ReportStore? Open(string? db, TextWriter error, bool verbose)
    {
        if (StoreOpening.TryOpen(db, out var store) is { } failure)
        {
            FailureFormatter.Write(error, failure, verbose);
        }

        return store;
    }
}
