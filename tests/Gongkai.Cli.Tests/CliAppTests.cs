using System.Text.Json.Nodes;
using Gongkai.Application;
using Gongkai.Testing;

namespace Gongkai.Cli.Tests;

/// <summary>The CLI in-process: arguments in, output and exit code out (dotnet/format style).</summary>
public sealed class CliAppTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;

    private static string Samples => RepositoryRoot.Samples;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Help_of_every_verb_is_in_chinese_without_the_library_english_labels()
    {
        var verbs = CliApp.CreateRootCommand().Subcommands
            .SelectMany(c => c.Subcommands.Count == 0 ? [new[] { c.Name }] : c.Subcommands.Select(s => new[] { c.Name, s.Name }).Prepend([c.Name]))
            .Prepend([]);
        foreach (var verb in verbs)
        {
            var (exit, output, _) = Run([.. verb, "--help"]);

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("说明:", output, StringComparison.Ordinal);
            Assert.Contains("用法:", output, StringComparison.Ordinal);
            foreach (var english in new[] { "Description", "Usage", "Options", "Commands", "Arguments", "[command]", "[options]", "[default", "REQUIRED" })
            {
                Assert.False(output.Contains(english, StringComparison.Ordinal), $"gongkai {string.Join(' ', verb)} --help: {english}\n{output}");
            }
        }
    }

    [Fact]
    public void A_command_line_naming_a_verb_builds_that_verb_alone_and_the_same_as_among_all()
    {
        foreach (var verb in CliApp.CreateRootCommand().Subcommands)
        {
            var alone = Assert.Single(CliApp.CreateRootCommand(verb.Name).Subcommands);

            Assert.Equal(verb.Name, alone.Name);
            Assert.Equal(verb.Description, alone.Description);
            Assert.Equal(verb.Options.Select(o => o.Name), alone.Options.Select(o => o.Name));
            Assert.Equal(verb.Subcommands.Select(c => c.Name), alone.Subcommands.Select(c => c.Name));
        }

        Assert.Equal(CliApp.CreateRootCommand().Subcommands.Count, CliApp.CreateRootCommand("parsee").Subcommands.Count);
    }

    [Fact]
    public void Parse_prints_the_canonical_json_of_one_report()
    {
        var (exit, output, _) = Run("parse", Path.Combine(Samples, "s01-docx-2021-clean.txt"));

        Assert.Equal(ExitCodes.Ok, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("gongkai/annual-report@1", json["schema"]!.GetValue<string>());
        Assert.Equal("2021", json["template"]!.GetValue<string>());
        Assert.NotNull(json["provenance"]);
    }

    [Fact]
    public void Parse_canonical_leaves_out_the_optional_keys()
    {
        var (_, output, _) = Run("parse", "--canonical", Path.Combine(Samples, "s06-md-2019-clean.txt"));

        var keys = JsonNode.Parse(output)!.AsObject().Select(p => p.Key);
        Assert.Equal(["schema", "agency", "year", "template", "publishedOn", "proactive", "requests", "appeals"], keys);
    }

    [Fact]
    public void Parse_needs_an_output_directory_for_several_inputs()
    {
        var (exit, _, error) = Run("parse", Samples);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_out_writes_one_json_per_input()
    {
        var (exit, _, _) = Run("parse", Samples, "--out", _temp);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(10, Directory.GetFiles(_temp, "*.json").Length);
        Assert.True(File.Exists(Path.Combine(_temp, "s07-gb18030-docx-2021.json")));
    }

    [Fact]
    public void Parse_names_the_file_and_the_problem_for_unusable_input()
    {
        var empty = Path.Combine(_temp, "空报告.txt");
        File.WriteAllText(empty, "");

        var (exit, output, error) = Run("parse", empty);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Equal("", output);
        Assert.Contains("空报告.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_zero_for_a_clean_report()
    {
        var (exit, output, _) = Run("check", Path.Combine(Samples, "s03-pdf-2021-government.txt"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("青禾市云溪区人民政府", output, StringComparison.Ordinal);
        Assert.Contains("未发现问题", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_two_and_names_cell_and_line_when_a_report_has_errors()
    {
        var (exit, output, _) = Run("check", Path.Combine(Samples, "s02-docx-2019-errors.txt"));

        Assert.Equal(ExitCodes.ReportErrors, exit);
        Assert.Contains("错误 GK0301 表三「商业企业」列", output, StringComparison.Ordinal);
        Assert.Matches(@"〔第\d+行第\d+格〕", output);
    }

    [Fact]
    public void Check_summarises_a_folder_of_reports()
    {
        var (exit, output, _) = Run("check", Samples);

        Assert.Equal(ExitCodes.ReportErrors, exit);
        Assert.Contains("汇总：共 10 个文件；无错误 5 份，有错误 5 份，无法读取 0 个。", output, StringComparison.Ordinal);
        Assert.Contains("按规则：", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_exits_one_for_input_that_is_not_a_report()
    {
        var jpeg = Path.Combine(_temp, "scan.txt");
        File.WriteAllBytes(jpeg, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 2, 3]);

        var (exit, output, _) = Run("check", jpeg);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("图片", output, StringComparison.Ordinal);
        Assert.Contains("scan.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_severity_option_hides_lower_severities()
    {
        var (_, output, _) = Run("check", "--severity", "Error", Path.Combine(Samples, "s02-docx-2019-errors.txt"));

        Assert.DoesNotContain("警告 GK0601", output, StringComparison.Ordinal);
        Assert.Contains("错误 GK0303", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_writes_the_json_to_stdout_and_nothing_to_stderr()
    {
        var (exit, output, error) = Run("parse", Path.Combine(Samples, "s01-docx-2021-clean.txt"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", error);
        Assert.NotNull(JsonNode.Parse(output));
    }

    [Fact]
    public void Check_says_on_stderr_which_files_of_a_folder_it_skipped()
    {
        var (exit, output, error) = Run("check", Samples);

        Assert.Equal(ExitCodes.ReportErrors, exit);
        Assert.Contains("汇总：共 10 个文件", output, StringComparison.Ordinal);
        Assert.DoesNotContain("跳过", output, StringComparison.Ordinal);
        Assert.Equal("跳过 12 个文件：10 个 .json（规范 JSON，不是报告原文；render 可直接读取）、1 个 .csv（单位名录或导出数据，不是报告）、1 个 README（说明文件）。加 --verbose 逐个列出。", error.Trim());

        var (_, _, verbose) = Run("check", Samples, "--verbose");
        Assert.Contains($"  跳过 {Path.Combine(Samples, "registry.csv")}：.csv（单位名录或导出数据，不是报告）", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_through_two_links_to_a_parent_folder_reads_each_report_once()
    {
        File.Copy(Path.Combine(Samples, "s01-docx-2021-clean.txt"), Path.Combine(_temp, "s01.txt"));
        Directory.CreateDirectory(Path.Combine(_temp, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_temp, "sub", "up1"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_temp, "sub", "up2"), "..");

        var (exit, output, error) = Run("check", _temp);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("汇总：共 1 个文件；无错误 1 份", output, StringComparison.Ordinal);
        Assert.Contains("2 个目录链接（不跟随，以免循环）", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_docx_is_refused_in_chinese_with_the_zip_librarys_text_only_when_verbose()
    {
        var docx = Path.Combine(_temp, "损坏.docx");
        File.WriteAllBytes(docx, [0x50, 0x4B, 0x03, 0x04, .. "garbage garbage garbage"u8.ToArray()]);

        var (exit, output, _) = Run("check", docx);

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains($"无法读取：{docx}：ZIP/Office 文件已损坏，无法打开。", output, StringComparison.Ordinal);
        Assert.DoesNotContain("详细", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[A-Za-z]{3,} [A-Za-z]{3,}", output.Replace(docx, "", StringComparison.Ordinal));

        var (_, verbose, _) = Run("check", docx, "--verbose");
        Assert.Contains("（详细：System.IO.InvalidDataException:", verbose, StringComparison.Ordinal);

        var (parseExit, parseOutput, parseError) = Run("parse", docx);
        Assert.Equal(ExitCodes.UnusableInput, parseExit);
        Assert.Equal("", parseOutput);
        Assert.Contains("ZIP/Office 文件已损坏", parseError, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_out_into_a_path_that_cannot_be_a_folder_says_so_in_chinese()
    {
        var blocker = Path.Combine(_temp, "file");
        File.WriteAllText(blocker, "");

        var (exit, _, error) = Run("parse", Path.Combine(Samples, "s01-docx-2021-clean.txt"), "--out", Path.Combine(blocker, "out"));

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.StartsWith($"无法写入 {Path.Combine(blocker, "out")}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("内部错误", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("parse", "--no-such-option", "x.txt")]
    public void Bad_usage_exits_three_with_a_chinese_message(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("命令行错误", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
