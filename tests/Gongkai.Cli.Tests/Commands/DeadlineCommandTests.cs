using System.Text.Json.Nodes;
using Gongkai.Application;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai deadline</c> in-process: arguments in, output and exit code out.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-deadline-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Prints_the_explanation_of_the_due_date()
    {
        var (exit, output, error) = Run("deadline", "--received", "2024-09-27");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        var expected = AnswerDeadline.Compute(new ClockInputs(new DateOnly(2024, 9, 27), []), WorkingCalendar.Official, ClockSettings.Default).Describe();
        Assert.Equal(expected, output);
        Assert.Contains("答复期限：2024-10-30（星期三）\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_one_json_object_with_the_days_counted_and_skipped()
    {
        var (exit, output, _) = Run("deadline", "--received", "2024-09-27", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["received", "due", "extensionWorkingDays", "counted", "skipped", "pauses", "warnings"], json.Select(p => p.Key));
        Assert.Equal("2024-09-27", json["received"]!.GetValue<string>());
        Assert.Equal("2024-10-30", json["due"]!.GetValue<string>());
        Assert.Equal(0, json["extensionWorkingDays"]!.GetValue<int>());
        Assert.Equal(20, json["counted"]!.AsArray().Count);
        Assert.Equal("2024-09-29", json["counted"]![0]!.GetValue<string>());
        Assert.Equal("2024-09-28", json["skipped"]![0]!["date"]!.GetValue<string>());
        Assert.Equal("星期六", json["skipped"]![0]!["reason"]!.GetValue<string>());
        Assert.Empty(json["pauses"]!.AsArray());
        Assert.Empty(json["warnings"]!.AsArray());
        Assert.Contains("国庆节（国务院办公厅", output, StringComparison.Ordinal); // Chinese is not escaped
    }

    [Fact]
    public void Takes_several_pauses_with_their_reasons_and_an_extension()
    {
        var (exit, output, _) = Run("deadline", "--received", "2024-09-27", "--extension", "20", "--json",
            "--pause", "2024-10-08..2024-10-21=征求第三方意见", "--pause", "2024-11-04..2024-11-05");

        Assert.Equal(ExitCodes.Ok, exit);
        var json = JsonNode.Parse(output)!;
        var pauses = json["pauses"]!.AsArray();
        Assert.Equal(2, pauses.Count);
        Assert.Equal("2024-10-08", pauses[0]!["from"]!.GetValue<string>());
        Assert.Equal("2024-10-21", pauses[0]!["to"]!.GetValue<string>());
        Assert.Equal("征求第三方意见", pauses[0]!["reason"]!.GetValue<string>());
        Assert.Equal("不计算在答复期限内的时间", pauses[1]!["reason"]!.GetValue<string>());
        Assert.Equal(20, json["extensionWorkingDays"]!.GetValue<int>());
        Assert.Equal(40, json["counted"]!.AsArray().Count);
    }

    [Fact]
    public void Warns_about_a_year_without_holiday_data()
    {
        var (exit, output, _) = Run("deadline", "--received", "2026-12-20", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("2027 年没有节假日数据，按周一至周五计算", JsonNode.Parse(output)!["warnings"]![0]!.GetValue<string>());
    }

    [Fact]
    public void Adds_a_regions_holidays_from_a_calendar_file()
    {
        // Received Monday 2024-10-14: the official calendar makes 2024-11-11 the 20th working day; a regional
        // holiday on 10-15 moves it one working day on.
        var file = Path.Combine(_temp, "本地节假日.csv");
        File.WriteAllText(file, "date,kind,name,source\n2024-10-15,holiday,某某节,某某自治区人民政府关于2024年某某节放假的通知\n");

        var (_, official, _) = Json("deadline", "--received", "2024-10-14");
        var (exit, regional, _) = Json("deadline", "--received", "2024-10-14", "--calendar", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("2024-11-11", official!["due"]!.GetValue<string>());
        Assert.Equal("2024-11-12", regional!["due"]!.GetValue<string>());
        Assert.Equal("某某节（某某自治区人民政府关于2024年某某节放假的通知）", regional["skipped"]![0]!["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2024-02-30", "日期“2024-02-30”无效", "--received", "2024-02-30")]
    [InlineData("2024-10-21..2024-10-08", "结束日期早于开始日期", "--received", "2024-09-27", "--pause", "2024-10-21..2024-10-08")]
    [InlineData("2024-10-08", "应为 开始日期..结束日期", "--received", "2024-09-27", "--pause", "2024-10-08")]
    [InlineData("2024-10-08..10-21", "日期“10-21”无效", "--received", "2024-09-27", "--pause", "2024-10-08..10-21")]
    [InlineData("21 个", "条例第三十三条", "--received", "2024-09-27", "--extension", "21")]
    [InlineData("-1 个", "条例第三十三条", "--received", "2024-09-27", "--extension", "-1")]
    [InlineData("--extension", "--extension", "--received", "2024-09-27", "--extension", "二十")]
    [InlineData("--received", "缺少必需的选项", "--json")]
    public void Refuses_bad_input_in_chinese_with_the_bad_usage_exit_code(string named, string problem, params string[] args)
    {
        var (exit, output, error) = Run(["deadline", .. args]);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Equal("", output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_bad_calendar_file_naming_its_line()
    {
        var file = Path.Combine(_temp, "假期.csv");
        File.WriteAllText(file, "date,kind,name,source\n2025-01-01,holiday,元旦,某通知\n2025-13-01,holiday,元旦,某通知\n");

        var (exit, output, error) = Run("deadline", "--received", "2024-09-27", "--calendar", file);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Equal("", output);
        Assert.Contains($"{file} 第 3 行：日期“2025-13-01”无效", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_missing_calendar_file()
    {
        var file = Path.Combine(_temp, "没有这个文件.csv");

        var (exit, _, error) = Run("deadline", "--received", "2024-09-27", "--calendar", file);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains($"{file}：无法读取节假日文件（文件不存在）", error, StringComparison.Ordinal);
    }

    private static (int Exit, JsonNode? Json, string Error) Json(params string[] args)
    {
        var (exit, output, error) = Run([.. args, "--json"]);
        return (exit, exit == ExitCodes.Ok ? JsonNode.Parse(output) : null, error);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
