using System.Text.Json.Nodes;
using Gongkai.Application;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>The store verbs in-process on a SQLite file: import, units, rollup, compare, audit, export, versions.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
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
        Assert.Contains("名录中的“青禾市人民政府”没有 2021 年度报告：县级以上人民政府的本级年度报告应于2022年3月31日前公布（条例第四十九条）。", auditOutput, StringComparison.Ordinal);
        Assert.Contains("名录中的“青禾市未报送局”没有 2021 年度报告：政府部门的年度报告应于2022年1月31日前公布（条例第四十九条）。", auditOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("第五十条", auditOutput, StringComparison.Ordinal);
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

    [Fact]
    public void Export_to_stdout_writes_only_the_data_there()
    {
        Assert.Equal(ExitCodes.Ok, Run("import", RepositoryRoot.Samples, "--db", Db).Exit);

        var (exit, output, error) = Run("export", "--format", "long", "--out", "-", "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 100);
        Assert.All(lines, line => Assert.Equal(lines[0].Count(c => c == ','), line.Count(c => c == ',')));
    }

    [Fact]
    public void Import_writes_progress_and_skipped_files_to_stderr_and_the_summary_to_stdout()
    {
        var (exit, output, error) = Run("import", RepositoryRoot.Samples, "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("完成：新增报告 10 份", output, StringComparison.Ordinal);
        Assert.DoesNotContain("个文件 ·", output, StringComparison.Ordinal);
        Assert.Contains("个文件 ·", error, StringComparison.Ordinal);
        Assert.Contains("跳过 12 个文件：10 个 .json（规范 JSON，不是报告原文；render 可直接读取）、1 个 .csv（单位名录或导出数据，不是报告）、1 个 README（说明文件）。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_through_two_links_to_a_parent_folder_finishes_and_stores_each_report_once()
    {
        var reports = Path.Combine(_temp, "reports");
        Directory.CreateDirectory(Path.Combine(reports, "sub"));
        File.Copy(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"), Path.Combine(reports, "s01.txt"));
        Directory.CreateSymbolicLink(Path.Combine(reports, "sub", "up1"), "..");
        Directory.CreateSymbolicLink(Path.Combine(reports, "sub", "up2"), "..");

        var (exit, output, error) = Run("import", reports, "--db", Db);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("新增报告 1 份", output, StringComparison.Ordinal);
        Assert.Contains("失败 0 个", output, StringComparison.Ordinal);
        Assert.Contains("跳过 2 个文件：2 个目录链接（不跟随，以免循环）", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rollup", "--year", "2021")]
    [InlineData("import", "SAMPLES")]
    public void A_file_that_is_not_a_database_is_said_in_chinese_with_the_driver_text_only_when_verbose(params string[] args)
    {
        var garbage = Path.Combine(_temp, "notadb.db");
        File.WriteAllText(garbage, new string('x', 4096));
        args = [.. args.Select(a => a == "SAMPLES" ? Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt") : a), "--db", garbage];

        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Equal("", output);
        Assert.Equal($"无法打开数据库 {garbage}：文件不是 SQLite 数据库，或已损坏。", error.Trim());

        var (_, _, verbose) = Run([.. args, "--verbose"]);
        Assert.Contains("（详细：Microsoft.Data.Sqlite.SqliteException: SQLite Error 26", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_said_without_the_parameter_name()
    {
        var (exit, _, error) = Run("rollup", "--year", "2021", "--db", "Host=localhost;Bogus Key=1");

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Equal("--db 的值“Host=localhost;Bogus Key=1”无法使用：数据库连接字符串无法识别。", error.Trim());
    }

    [Theory]
    [InlineData("", "--db 的值为空")]
    [InlineData("garbage://x", "“garbage://x”")]
    [InlineData("{temp}/没有这个文件夹/store.db", "没有这个文件夹 不存在")]
    public void A_db_that_names_no_usable_store_exits_4_and_creates_nothing(string db, string message)
    {
        var value = db.Replace("{temp}", _temp, StringComparison.Ordinal);

        var (exit, output, error) = Run("export", "--format", "long", "--out", "-", "--db", value);

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void A_read_only_store_serves_export_rollup_audit_and_versions_and_refuses_import()
    {
        Assert.Equal(ExitCodes.Ok, Run("import", Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"), "--db", Db).Exit);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(Db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal(ExitCodes.Ok, Run("export", "--format", "long", "--out", "-", "--db", Db).Exit);
        Assert.Equal(ExitCodes.Ok, Run("rollup", "--year", "2021", "--db", Db).Exit);
        Assert.Contains("报告 1 份", Run("audit", "--year", "2021", "--db", Db).Output, StringComparison.Ordinal);
        Assert.Contains("共 1 个版本", Run("versions", "--agency", "青禾市自然资源和规划局", "--year", "2021", "--db", Db).Output, StringComparison.Ordinal);
        var (exit, _, error) = Run("import", Path.Combine(RepositoryRoot.Samples, "s06-md-2019-clean.txt"), "--db", Db);
        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.Contains("只读", error, StringComparison.Ordinal);
        File.SetUnixFileMode(Db, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void Versions_lists_each_version_its_files_and_the_changed_cells_and_keeps_the_correction_current()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt"));
        var figure = System.Text.RegularExpressions.Regex.Match(original, @"\t规章\n\t(\d+)\n");
        Assert.True(figure.Success);
        var corrected = original[..figure.Groups[1].Index] + "7" + original[(figure.Groups[1].Index + figure.Groups[1].Length)..];
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var files = new[] { ("original.txt", System.Text.Encoding.UTF8.GetBytes(original)), ("corrected.txt", System.Text.Encoding.UTF8.GetBytes(corrected)), ("original-gbk.txt", System.Text.Encoding.GetEncoding("gbk").GetBytes(original)) };
        var outputs = files.Select(f =>
        {
            var path = Path.Combine(_temp, f.Item1);
            File.WriteAllBytes(path, f.Item2);
            return Run("import", path, "--db", Db);
        }).ToList();

        Assert.All(outputs, o => Assert.Equal(ExitCodes.Ok, o.Exit));
        Assert.Contains("与较早版本相同 1 份", outputs[2].Output, StringComparison.Ordinal);
        Assert.Contains("original-gbk.txt：与第 1 版内容相同；当前为第 2 版", outputs[2].Output, StringComparison.Ordinal);
        var (exit, versions, _) = Run("versions", "--agency", "青禾市自然资源和规划局", "--year", "2021", "--db", Db);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("共 2 个版本，当前为第 2 版", versions, StringComparison.Ordinal);
        Assert.Matches(@"第2版\s+●", versions);
        Assert.Contains("original-gbk.txt", versions, StringComparison.Ordinal);
        Assert.True(versions.IndexOf("original-gbk.txt", StringComparison.Ordinal) < versions.IndexOf("第2版", StringComparison.Ordinal), versions);
        Assert.Contains("与第 1 版相比改动 1 个单元格", versions, StringComparison.Ordinal);
        Assert.Contains("→ 7", versions, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
