using System.Text.Json.Nodes;
using Gongkai.Application;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai cases tables</c> in-process on a temporary SQLite store with two registered cases.</summary>
public sealed class CasesTablesCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-cases-tables-").FullName;

    public CasesTablesCommandTests()
    {
        var registry = Path.Combine(_temp, "registry.csv");
        File.WriteAllText(registry, "code,name,level,region,parent,aliases\nQC-YJ,青川县应急管理局,部门,江南省/青川县,,\n");
        Assert.Equal(ExitCodes.Ok, Run("units", "import", registry, "--db", Db).Exit);
        var first = Register("2026-03-02");
        Register("2026-12-28");
        Assert.Equal(ExitCodes.Ok, Run("cases", "step", first, "--kind", "答复", "--date", "2026-03-25", "--outcome", "予以公开", "--db", Db).Exit);
    }

    private string Db => Path.Combine(_temp, "store.db");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Prints_both_tables_counted_from_the_cases_and_says_when_there_is_no_report_to_compare()
    {
        var (exit, output, error) = Run("cases", "tables", "--agency", "QC-YJ", "--year", "2026", "--compare", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("青川县应急管理局（QC-YJ）2026 年度，按办理台账统计（2021版）", output, StringComparison.Ordinal);
        Assert.Matches(@"一、本年新收政府信息公开申请数量 +自然人 2｜", output);
        Assert.Matches(@"（一）予以公开 +自然人 1｜", output);
        Assert.Matches(@"四、结转下年度继续办理 +自然人 1｜", output);
        Assert.Contains("表四 政府信息公开行政复议、行政诉讼情况", output, StringComparison.Ordinal);
        Assert.Contains("数据库中没有 青川县应急管理局 2026 年度的报告，无从比对。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_canonical_json_of_the_tables_and_the_next_year_carries_the_open_case_over()
    {
        var (exit, output, _) = Run("cases", "tables", "--agency", "QC-YJ", "--year", "2027", "--json", "--compare", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(("QC-YJ", 2027, "2021"), (json["unit"]!.GetValue<string>(), json["year"]!.GetValue<int>(), json["edition"]!.GetValue<string>()));
        Assert.Contains("\"carriedOver\"", json["tables"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(json["comparison"]!["findings"]!.AsArray());
        Assert.Contains("无从比对", json["comparison"]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_and_an_unknown_format_are_refused_in_chinese()
    {
        var unknown = Run("cases", "tables", "--agency", "XX-JY", "--year", "2026", "--db", Db);
        var format = Run("cases", "tables", "--agency", "QC-YJ", "--year", "2026", "--edition", "2020", "--db", Db);

        Assert.Equal(ExitCodes.Of(FailureKind.NotFound), unknown.Exit);
        Assert.Contains("没有找到单位“XX-JY”", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadUsage, format.Exit);
        Assert.Contains("未知的表格格式“2020”：应为 2019 或 2021。", format.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_and_render_take_tables_three_and_four_from_the_cases_of_a_unit()
    {
        var created = Run("new", "--agency", "青川县应急管理局", "--year", "2026", "--tables-from-cases", "QC-YJ", "--db", Db, "-o", _temp);
        var json = Path.Combine(_temp, "青川县应急管理局2026年政府信息公开工作年度报告.json");
        var rendered = Run("render", json, "--tables-from-cases", "QC-YJ", "--db", Db, "--force", "-f", "md", "-o", Path.Combine(_temp, "out"));
        var unknown = Run("render", json, "--tables-from-cases", "XX-JY", "--db", Db, "--force", "-f", "md", "-o", Path.Combine(_temp, "out2"));

        Assert.Equal(ExitCodes.Ok, created.Exit);
        Assert.Contains("表三、表四：按数据库", created.Output, StringComparison.Ordinal);
        var report = Gongkai.Core.Serialization.ReportJsonReader.Read(File.ReadAllText(json));
        Assert.Equal(2, report.Requests!.ValueAt("newReceived", "naturalPerson"));
        Assert.Equal(1, report.Requests.ValueAt("granted", "naturalPerson"));
        Assert.Equal(ExitCodes.Ok, rendered.Exit);
        Assert.Contains("青川县应急管理局（QC-YJ）2026 年度的办件统计", rendered.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Of(FailureKind.NotFound), unknown.Exit);
        Assert.Contains("没有找到单位“XX-JY”", unknown.Error, StringComparison.Ordinal);
    }

    private string Register(string arrived)
    {
        var (exit, output, _) = Run("cases", "register", "--unit", "QC-YJ", "--applicant", "张某某", "--arrived", arrived,
            "--content", "2025年度安全生产检查计划", "--json", "--db", Db);
        Assert.Equal(ExitCodes.Ok, exit);
        return JsonNode.Parse(output)!["id"]!.GetValue<string>();
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
