using System.Text;
using Gongkai.Application;

namespace Gongkai.Cli.Tests.Commands;

/// <summary><c>gongkai cases template|import|export|remind</c> in-process on a temporary SQLite store with a fictional registry.</summary>
public sealed class CasesRegisterCommandsTests : IDisposable
{
    private const string AgencyRegister = """
        青川县应急管理局依申请公开登记表
        登记号,收件日期,申请人,类别,申请方式,申请公开的内容,处理结果,办结时间,承办人
        QC-001,2026/11/2,张某某,自然人,当面,2025年度安全生产检查计划,全部公开,2026年11月9日,王某某
        QC-002,2026-11-05,某某商贸有限公司,商业企业,当面,事故调查报告,,,王某某
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-register-cli-").FullName;

    public CasesRegisterCommandsTests()
    {
        var registry = Path.Combine(_temp, "registry.csv");
        File.WriteAllText(registry, "code,name,level,region,parent,aliases\nQC-YJ,青川县应急管理局,部门,江南省/青川县,,\n");
        Assert.Equal(ExitCodes.Ok, Run("units", "import", registry, "--db", Db).Exit);
    }

    private string Db => Path.Combine(_temp, "store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void Imports_an_agencys_own_register_with_a_mapping_then_reimports_and_exports_it()
    {
        var file = Write("登记表.csv", AgencyRegister);

        var (exit, output, error) = Run("cases", "import", file, "--agency", "QC-YJ", "--map", "登记号=申请编号", "--map", "类别=申请人类型", "--db", Db);
        var again = Run("cases", "import", file, "--agency", "QC-YJ", "--map", "登记号=申请编号", "--map", "类别=申请人类型", "--db", Db);
        var exported = Path.Combine(_temp, "导出.xlsx");
        var export = Run("cases", "export", "--agency", "QC-YJ", "--year", "2026", "--out", exported, "--db", Db);
        var dry = Run("cases", "import", exported, "--agency", "QC-YJ", "--dry-run", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.Contains("登记台账 登记表.csv 导入：新增 2 件，更新 0 件，未变 0 件，有错误 0 行。", output, StringComparison.Ordinal);
        Assert.Contains("新增 0 件，更新 0 件，未变 2 件", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, export.Exit);
        Assert.Contains("已导出 2 件申请", export.Output, StringComparison.Ordinal);
        Assert.Contains("试导入（未写入）：新增 0 件，更新 0 件，未变 2 件", dry.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_with_a_bad_row_is_refused_whole_with_each_error_in_chinese_unless_partial()
    {
        var file = Write("台账.csv", AgencyRegister.Replace("商业企业", "公司", StringComparison.Ordinal));

        var (exit, _, error) = Run("cases", "import", file, "--agency", "QC-YJ", "--map", "登记号=申请编号", "--map", "类别=申请人类型", "--db", Db);
        var partial = Run("cases", "import", file, "--agency", "QC-YJ", "--map", "登记号=申请编号", "--map", "类别=申请人类型", "--partial", "--db", Db);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("台账.csv：1 行有错误，未导入任何申请", error, StringComparison.Ordinal);
        Assert.Contains("第 4 行「申请人类型」：“公司” 不是可选值（可选：自然人、商业企业、", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ReportErrors, partial.Exit);
        Assert.Contains("新增 1 件，更新 0 件，未变 0 件，有错误 1 行", partial.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_template_and_reads_it_back_as_an_empty_register()
    {
        var template = Path.Combine(_temp, "模板.xlsx");

        var written = Run("cases", "template", "--out", template);
        var imported = Run("cases", "import", template, "--agency", "QC-YJ", "--db", Db);

        Assert.Equal(ExitCodes.Ok, written.Exit);
        Assert.Equal((byte)'P', File.ReadAllBytes(template)[0]);
        Assert.Contains("新增 0 件", imported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_lists_the_overdue_case_and_sending_to_a_server_that_is_down_fails_in_chinese()
    {
        var file = Write("登记表.csv", AgencyRegister);
        Assert.Equal(ExitCodes.Ok, Run("cases", "import", file, "--agency", "QC-YJ", "--map", "登记号=申请编号", "--map", "类别=申请人类型", "--db", Db).Exit);
        Assert.Equal(ExitCodes.Ok, Run("cases", "profile", "QC-YJ", "--reminder-email", "yjj@qingchuan.example.cn", "--db", Db).Exit);

        var (exit, output, _) = Run("cases", "remind", "--agency", "QC-YJ", "--date", "2026-12-07", "--db", Db);
        var sent = Run("cases", "remind", "--date", "2026-12-07", "--send", "--smtp-host", "127.0.0.1", "--smtp-port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--smtp-from", "noreply@qingchuan.example.cn", "--smtp-tls", "none", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        // Received 2026-11-05 (Thursday): 20 working days end on 2026-12-03.
        Assert.Contains("申请 QC-002（某某商贸有限公司）已于 2026-12-03 到期，已逾期 2 个工作日", output, StringComparison.Ordinal);
        Assert.DoesNotContain("QC-001", output, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Ok, sent.Exit);
        Assert.Contains("无法连接邮件服务器 127.0.0.1:", sent.Error, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
