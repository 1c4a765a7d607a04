using System.Text.Json.Nodes;
using Gongkai.Application;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai cases …</c> in-process on a temporary SQLite store with a fictional registry.</summary>
public sealed class CasesCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-cases-cli-").FullName;

    public CasesCommandTests()
    {
        var registry = Path.Combine(_temp, "registry.csv");
        File.WriteAllText(registry, "code,name,level,region,parent,aliases\nQC-YJ,青川县应急管理局,部门,江南省/青川县,,\n");
        Assert.Equal(ExitCodes.Ok, Run("units", "import", registry, "--db", Db).Exit);
    }

    private string Db => Path.Combine(_temp, "store.db");

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Registers_a_case_and_shows_its_deadline_explained_with_the_receipt_rule()
    {
        var (exit, output, error) = Run("cases", "register", "--unit", "QC-YJ", "--applicant", "张某某", "--arrived", "2026-03-02",
            "--content", "2025年度安全生产检查计划", "--json", "--user", "王某某", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("2026-0001", json["number"]!.GetValue<string>());
        Assert.Equal("2026-03-30", json["due"]!.GetValue<string>());
        var id = json["id"]!.GetValue<string>();

        var (showExit, shown, _) = Run("cases", "show", id, "--db", Db);

        Assert.Equal(ExitCodes.Ok, showExit);
        Assert.Contains("申请 2026-0001（青川县应急管理局）", shown, StringComparison.Ordinal);
        Assert.Contains("答复期限：2026-03-30（星期一）", shown, StringComparison.Ordinal);
        Assert.Contains("第三十一条第（一）项", shown, StringComparison.Ordinal);
        Assert.Contains("可以登记的下一步：补正、征求意见、延期、收费、答复、撤回", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_steps_refuses_one_out_of_order_in_chinese_and_writes_the_answer_letter()
    {
        var id = Register();
        var letter = Path.Combine(_temp, "答复书.docx");

        var refused = Run("cases", "step", id, "--kind", "送达", "--date", "2026-03-03", "--db", Db);
        var extended = Run("cases", "step", id, "--kind", "延期", "--date", "2026-03-20", "--days", "10", "--approved-by", "李某某", "--reason", "需调取档案", "--db", Db);
        var decided = Run("cases", "step", id, "--kind", "答复", "--date", "2026-03-25", "--outcome", "予以公开", "--letter", letter, "--db", Db);

        Assert.Equal(ExitCodes.BadUsage, refused.Exit);
        Assert.Contains("尚未作出答复，不能登记送达。", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, extended.Exit);
        Assert.Contains("答复期限为 2026-04-14", extended.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, decided.Exit);
        Assert.Contains("已办结（（一）予以公开）", decided.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(letter));
        var shown = Run("cases", "show", id, "--db", Db).Output;
        Assert.Contains("2026-03-20 延期（", shown, StringComparison.Ordinal);
        Assert.Contains("政府信息公开申请答复书（予以公开）-2026-0001.docx", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_overdue_cases_generates_a_letter_records_an_appeal_and_sets_the_profile()
    {
        var id = Register();
        var receipt = Path.Combine(_temp, "回执.docx");

        var overdue = Run("cases", "list", "--overdue", "--db", Db);
        var all = Run("cases", "list", "--unit", "QC-YJ", "--db", Db);
        var letter = Run("cases", "letter", id, "--kind", "受理回执", "--out", receipt, "--value", "文书编号=青应急受〔2026〕1号", "--db", Db);
        var appeal = Run("cases", "appeal", id, "--kind", "复议", "--filed", "2026-04-20", "--db", Db);
        var profile = Run("cases", "profile", "QC-YJ", "--court", "青川县人民法院", "--db", Db);
        var badKind = Run("cases", "step", id, "--kind", "结案", "--db", Db);

        Assert.Equal(ExitCodes.Ok, overdue.Exit);
        Assert.Contains("2026-0001\t张某某", all.Output, StringComparison.Ordinal);
        Assert.Contains("共 1 件。", all.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, letter.Exit);
        Assert.True(new FileInfo(receipt).Length > 0);
        Assert.Contains("已生成受理回执", letter.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, appeal.Exit);
        Assert.Contains("已登记行政复议", appeal.Output, StringComparison.Ordinal);
        Assert.Contains("尚未审结", appeal.Output, StringComparison.Ordinal);
        Assert.Contains("管辖法院：青川县人民法院", profile.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadUsage, badKind.Exit);
        Assert.Contains("可选：补正、补正收到、补正逾期", badKind.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_case_is_not_found_with_a_chinese_message()
    {
        var (exit, _, error) = Run("cases", "show", "no-such-case", "--db", Db);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("没有找到编号为 no-such-case 的申请", error, StringComparison.Ordinal);
    }

    private string Register()
    {
        var (exit, output, _) = Run("cases", "register", "--unit", "QC-YJ", "--applicant", "张某某", "--arrived", "2026-03-02",
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
