using Gongkai.Eval;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>The evaluation tool in-process, as the launcher runs it for <c>gongkai eval</c>: arguments in, output and exit code out.</summary>
public sealed class EvalAppTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-eval-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Eval_scores_the_samples_cell_by_cell_and_ends_with_the_total()
    {
        var (exit, output, _) = Run(RepositoryRoot.Samples);

        Assert.Equal(0, exit);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("总计：单元格准确率 100.00%", last, StringComparison.Ordinal);
        Assert.Contains("完全正确的报告 10/10 份", last, StringComparison.Ordinal);
        Assert.Contains("按格式 pdf-text", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_reports_a_folder_without_truth()
    {
        var (exit, _, error) = Run(_temp);

        Assert.Equal(1, exit);
        Assert.Contains("没有找到可评测的文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_names_a_wrong_value_and_exits_with_report_errors()
    {
        var name = "s06-md-2019-clean";
        File.Copy(Path.Combine(RepositoryRoot.Samples, name + ".txt"), Path.Combine(_temp, name + ".txt"));
        Directory.CreateDirectory(Path.Combine(_temp, "expected"));
        var truth = File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "expected", name + ".json"));
        File.WriteAllText(Path.Combine(_temp, "expected", name + ".json"), truth.Replace("\"year\": 2020", "\"year\": 2017", StringComparison.Ordinal));

        var (exit, output, _) = Run(_temp);

        Assert.Equal(2, exit);
        Assert.Contains("✗ s06-md-2019-clean.txt", output, StringComparison.Ordinal);
        Assert.Contains("year：应为 2017，解析为 2020", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_help_is_the_chinese_help_the_gongkai_verb_had()
    {
        var (exit, output, error) = Run("--help");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("说明:", output, StringComparison.Ordinal);
        Assert.Contains("gongkai eval <语料目录> [选项]", output, StringComparison.Ordinal);
        Assert.EndsWith("逐个跳过的文件\n\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "命令行错误：eval 缺少参数“语料目录”。")]
    [InlineData("a b", "命令行错误：多余的参数：b")]
    [InlineData("--bogus x", "命令行错误：未知的选项：--bogus（以 - 开头的文件名请写在 -- 之后）\n命令行错误：多余的参数：x")]
    public void Eval_refuses_a_wrong_command_line_in_chinese_with_the_usage_hint(string args, string messages)
    {
        var (exit, output, error) = Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(3, exit);
        Assert.Equal("", output);
        Assert.Equal(messages + "\n用法见 gongkai eval --help。\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Eval_takes_a_directory_named_like_an_option_after_a_double_dash()
    {
        var (exit, _, error) = Run("--", "-" + Path.GetFileName(_temp));

        Assert.Equal(1, exit);
        Assert.Contains($"-{Path.GetFileName(_temp)}：没有找到可评测的文件", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EvalApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
