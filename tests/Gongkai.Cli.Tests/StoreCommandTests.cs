using System.Text.Json.Nodes;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>The store verbs in-process on a SQLite file: import, units, rollup, compare, audit, export.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private const string Registry = """
        code,name,level,region,parent,aliases
        QH,青禾市人民政府,市,青禾省/青禾市,,
        QH-ZR,青禾市自然资源和规划局,部门,青禾省/青禾市,QH,市自然资源和规划局
        QH-XX,青禾市未报送局,部门,青禾省/青禾市,QH,
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-store-cli-").FullName;

    private string Db => Path.Combine(_temp, "store.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public void Import_then_audit_rollup_and_export()
    {
        var registry = Path.Combine(_temp, "名录.csv");
        File.WriteAllText(registry, Registry);

        var (importExit, importOutput, _) = Run("import", RepositoryRoot.Samples, "--registry", registry, "--db", Db);
        Assert.Equal(ExitCodes.Ok, importExit);
        Assert.Contains("新增报告 10 份", importOutput, StringComparison.Ordinal);

        var (auditExit, auditOutput, _) = Run("audit", "--region", "青禾市", "--year", "2021", "--db", Db, "--out", _temp);
        Assert.Equal(ExitCodes.Ok, auditExit);
        Assert.Contains("名录单位 3 个，未报送 2 个", auditOutput, StringComparison.Ordinal);
        Assert.Contains("GK0805", auditOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp, "审核-青禾市-2021.xlsx")));

        var (rollupExit, rollupOutput, _) = Run("rollup", "--region", "青禾市", "--year", "2021", "--format", "json", "--db", Db);
        Assert.Equal(ExitCodes.Ok, rollupExit);
        var totals = JsonNode.Parse(rollupOutput)!.AsArray().Single()!;
        Assert.Equal(1, totals["reports"]!.GetValue<int>());

        var jsonl = Path.Combine(_temp, "all.jsonl");
        Assert.Equal(ExitCodes.Ok, Run("export", "--format", "jsonl", "--out", jsonl, "--db", Db).Exit);
        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(10, lines.Length);
        Assert.All(lines, l => Assert.Equal("gongkai/annual-report@1", JsonNode.Parse(l)!["schema"]!.GetValue<string>()));
        Assert.Contains(lines, l => JsonNode.Parse(l)!["store"]!["unitCode"]?.GetValue<string>() == "QH-ZR");

        var (longExit, longCsv, _) = Run("export", "--format", "long", "--out", "-", "--agency", "QH-ZR", "--db", Db);
        Assert.Equal(ExitCodes.Ok, longExit);
        Assert.Contains("QH-ZR,青禾市自然资源和规划局,青禾省/青禾市,部门,2021,1,2021,requests,newReceived,total,数值,", longCsv, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_without_a_report_says_so()
    {
        Run("import", Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"), "--db", Db);

        var (exit, _, error) = Run("compare", "--agency", "不存在的单位", "--year", "2021", "--db", Db);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("没有“不存在的单位”的 2021 年度报告", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_registry_is_refused_with_its_line_numbers()
    {
        var registry = Path.Combine(_temp, "名录.csv");
        File.WriteAllText(registry, "code,name,level,region\nA,甲局,部委,江南省\n");

        var (exit, _, error) = Run("units", "import", registry, "--db", Db);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("第 2 行", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/proc/no-such-place/store.db")]
    [InlineData("postgresql://nobody@127.0.0.1:1/none")]
    public void A_store_that_cannot_be_opened_is_reported_in_Chinese(string db)
    {
        var (exit, _, error) = Run("rollup", "--year", "2021", "--db", db);

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Contains("无法打开数据库", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
