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
        Assert.Contains("逐个跳过的文件\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("另用该目录下与报告同名的 JSON 逐个单元格评分\n\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
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

    [Fact]
    public void Eval_groups_accuracy_by_each_manifest_column_and_by_the_pdfs_own_producer()
    {
        var fixtures = Path.Combine(RepositoryRoot.Path, "tests", "fixtures");
        Directory.CreateDirectory(Path.Combine(_temp, "raw"));
        Directory.CreateDirectory(Path.Combine(_temp, "truth"));
        string[] files = ["s06-md-2019-clean-pdf.pdf", "s06-md-2019-clean-html.html", "s10-docx-2021-town.docx"];
        foreach (var file in files)
        {
            File.Copy(Path.Combine(fixtures, "raw", file), Path.Combine(_temp, "raw", file));
            File.Copy(Path.Combine(fixtures, "truth", Path.GetFileNameWithoutExtension(file) + ".json"), Path.Combine(_temp, "truth", Path.GetFileNameWithoutExtension(file) + ".json"));
        }

        File.WriteAllLines(Path.Combine(_temp, "manifest.csv"), [
            "file,producer,class,\"paper, size\"",
            "s06-md-2019-clean-pdf.pdf,lo-writer,article,A4",
            "s06-md-2019-clean-html.html,portal,article,A4",
            "s10-docx-2021-town.docx,word,\"split, repeated\",B5"]);

        var (exit, output, error) = Run(_temp);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.StartsWith("按生成工具 lo-writer：1 份，单元格 ", StringComparison.Ordinal) && l.EndsWith("= 100.00%，完全正确 1/1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按生成工具 word：1 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按类别 article：2 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按类别 split, repeated：1 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按 paper, size A4：2 份", StringComparison.Ordinal));
        // Only the PDF has a /Producer: the HTML page and the Word file are not in that grouping.
        Assert.Single(lines, l => l.StartsWith("按 PDF 生成程序 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按 PDF 生成程序 LibreOffice", StringComparison.Ordinal) && l.Contains("：1 份", StringComparison.Ordinal));
        Assert.StartsWith("总计：", lines.Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "manifest.csv 是空的，未按其分组。")]
    [InlineData("producer,class\nx,y", "manifest.csv 的表头无效（需要不重复的列名，其中一列为 file），未按其分组。")]
    [InlineData("file,producer\ns06-md-2019-clean.txt,a,extra", "manifest.csv 第 2 行有 3 列，表头有 2 列，已忽略该行。")]
    public void Eval_warns_in_chinese_about_a_malformed_manifest_and_still_scores(string manifest, string warning)
    {
        var name = "s06-md-2019-clean";
        File.Copy(Path.Combine(RepositoryRoot.Samples, name + ".txt"), Path.Combine(_temp, name + ".txt"));
        Directory.CreateDirectory(Path.Combine(_temp, "expected"));
        File.Copy(Path.Combine(RepositoryRoot.Samples, "expected", name + ".json"), Path.Combine(_temp, "expected", name + ".json"));
        File.WriteAllText(Path.Combine(_temp, "manifest.csv"), manifest);

        var (exit, output, error) = Run(_temp);

        Assert.Equal(0, exit);
        Assert.Contains("警告：" + warning, error, StringComparison.Ordinal);
        Assert.Contains("完全正确的报告 1/1 份", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_rows_are_found_by_file_name_and_a_repeated_file_is_warned_about()
    {
        var manifest = CorpusManifest.Parse(["file,producer", "a.pdf,chromium", "a.pdf,lo-writer"]);

        Assert.Equal(["producer"], manifest.Columns);
        Assert.Equal("chromium", manifest.ValueOf("/x/raw/a.pdf", "producer"));
        Assert.False(manifest.Lists("/x/raw/b.pdf"));
        Assert.Equal(["manifest.csv 第 3 行重复列出了 a.pdf，已忽略该行。"], manifest.Warnings);
        Assert.Equal("按生成工具", CorpusManifest.Label("producer"));
        Assert.Equal("按 dpi", CorpusManifest.Label("dpi"));
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EvalApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
