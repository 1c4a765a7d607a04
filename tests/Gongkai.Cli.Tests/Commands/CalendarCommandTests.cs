using Gongkai.Application;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai calendar import|list</c> in-process on a temporary SQLite store.</summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-calendar-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Db => Path.Combine(_temp, "store.db");

    [Fact]
    public void A_regions_holiday_imported_from_a_file_is_listed_as_that_regions()
    {
        var file = Path.Combine(_temp, "青川县.csv");
        File.WriteAllText(file, "date,kind,name,source\n2026-03-03,holiday,青川县民族节,青川县人民政府通知（虚构）\n");

        var (exit, output, error) = Run("calendar", "import", file, "--region", "青禾省/青川县", "--db", Db);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("已导入青禾省/青川县的节假日安排：2026 年 1 条", output, StringComparison.Ordinal);

        (exit, output, _) = Run("calendar", "list", "--region", "青禾省/青川县", "--year", "2026", "--db", Db);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("2026-03-03\t星期二\t放假\t青川县民族节\t青川县人民政府通知（虚构）（本区域导入）", output, StringComparison.Ordinal);
        Assert.Contains("2026-02-14\t星期六\t上班", output, StringComparison.Ordinal); // the official 春节 调休 Saturday
    }

    [Fact]
    public void A_missing_or_malformed_file_exits_with_a_chinese_message_naming_it()
    {
        var bad = Path.Combine(_temp, "坏文件.csv");
        File.WriteAllText(bad, "date,kind,name,source\n2026-13-01,holiday,某节,某通知\n");

        var (exit, _, error) = Run("calendar", "import", bad, "--db", Db);
        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("坏文件.csv", error, StringComparison.Ordinal);

        (exit, _, error) = Run("calendar", "import", Path.Combine(_temp, "没有.csv"), "--db", Db);
        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("没有.csv", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
