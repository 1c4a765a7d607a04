using Gongkai.Eval;
using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// <c>gongkai eval</c> on a folder of reports without truth (issue #14, "Measure and targets"), on a small synthetic
/// corpus laid out like the wild one (files/&lt;source&gt;/…, an INDEX.csv): a complete balanced report, one whose
/// printed sums fail, an unreadable file and a report on a year before 2019.
/// </summary>
public sealed class EvalWithoutTruthTests : IDisposable
{
    private const string PreviousFormat = """
        青禾县林业局2016年政府信息公开工作年度报告

        本报告根据《中华人民共和国政府信息公开条例》的要求，由青禾县林业局编制。本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。
        一、概述
        2016年，我局按照县政府的统一部署，围绕森林防火、林木采伐审批和生态公益林补偿等群众关心的事项推进政府信息公开。
        二、主动公开政府信息情况
        全年主动公开政府信息86条，其中工作动态41条，林木采伐许可结果32条，其他信息13条。
        三、依申请公开政府信息情况
        全年共受理政府信息公开申请3件，均已在规定期限内答复，其中同意公开2件，不属于本机关公开职责权限范围1件。
        四、政府信息公开的收费及减免情况
        本年度未收取政府信息公开相关费用。
        五、因政府信息公开申请行政复议、提起行政诉讼的情况
        本年度未发生因政府信息公开申请行政复议或提起行政诉讼的情况。
        六、政府信息公开工作存在的主要问题及改进情况
        公开内容还不够丰富，下一步将加强林业政策解读。

        青禾县林业局
        2017年3月20日
        """;

    private readonly string _corpus = Directory.CreateTempSubdirectory("gongkai-eval-wild-").FullName;
    private readonly string _truths = Directory.CreateTempSubdirectory("gongkai-eval-wild-truth-").FullName;

    public EvalWithoutTruthTests()
    {
        Place("qinghe", "complete.txt", File.ReadAllBytes(Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt")));
        Place("qinghe", "unbalanced.txt", File.ReadAllBytes(Path.Combine(RepositoryRoot.Samples, "s02-docx-2019-errors.txt")));
        Place("tangchuan", "unreadable.txt", [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251))]);
        Place("tangchuan", "old-2016.txt", System.Text.Encoding.UTF8.GetBytes(PreviousFormat));
        File.WriteAllText(Path.Combine(_corpus, "INDEX.csv"), """
            file,agency,year,format
            files/qinghe/complete.txt,青禾市自然资源和规划局,2021,txt
            files/qinghe/unbalanced.txt,棠川县住房和城乡建设局,2020,txt
            files/tangchuan/unreadable.txt,棠川县示例局,2022,txt
            files/tangchuan/old-2016.txt,青禾县林业局,2016,txt
            """);
        File.WriteAllText(Path.Combine(_corpus, "README.md"), "# 示例语料：不是报告，不应被评测\n");
    }

    public void Dispose()
    {
        Directory.Delete(_corpus, recursive: true);
        Directory.Delete(_truths, recursive: true);
    }

    [Fact]
    public void Counts_reports_per_source_format_and_template_year_and_measures_the_target_without_the_old_formats()
    {
        var (exit, output, error) = Run(_corpus);

        Assert.Equal(2, exit);
        Assert.Equal("", error);
        var lines = Lines(output);
        Assert.Contains(lines, l => l.StartsWith(_corpus + "：没有真值，按读取、完整与平衡评测 4 个文件（INDEX.csv 列出）", StringComparison.Ordinal));
        Assert.Contains("按来源 qinghe：2 份，读取 2，拒绝 0；完整 2，平衡 1，完整且平衡 1；推断单元格 0，存疑单元格 0", lines);
        Assert.Contains(lines, l => l.StartsWith("按来源 tangchuan：2 份，读取 1，拒绝 1；", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按格式 docx-text：2 份，读取 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按格式 未读取（", StringComparison.Ordinal) && l.Contains("：1 份，读取 0，拒绝 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按模板年份 2019 版：1 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按模板年份 2021 版：1 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按模板年份 2019 年以前：1 份", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("按模板年份 未识别：1 份，读取 0，拒绝 1", StringComparison.Ordinal));
        Assert.Contains("目标（2019 年及以后的报告，2019 年以前的格式另计）：3 份，拒绝 1，完整且平衡 1/3 = 33.33%", lines);
        Assert.Equal("总计：4 份，读取 3，拒绝 1；完整 2，平衡 1，完整且平衡 1；推断单元格 0，存疑单元格 0", lines[^1]);
        Assert.DoesNotContain("不完整或不平衡的报告", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_names_each_report_that_misses_the_target_and_why()
    {
        var (_, output, _) = Run("--list", _corpus);

        var lines = Lines(output);
        Assert.Contains("不完整或不平衡的报告：3 份", lines);
        var unbalanced = lines.FindIndex(l => l.StartsWith($"✗ {Path.Combine("files", "qinghe", "unbalanced.txt")}（docx-text，2019 版，2020 年）", StringComparison.Ordinal));
        Assert.True(unbalanced >= 0, output);
        Assert.StartsWith("    不平衡：GK0301 ", lines[unbalanced + 1], StringComparison.Ordinal);
        Assert.StartsWith("    不平衡：GK0303 ", lines[unbalanced + 2], StringComparison.Ordinal);
        var unreadable = lines.FindIndex(l => l.StartsWith($"✗ {Path.Combine("files", "tangchuan", "unreadable.txt")}（未读取（", StringComparison.Ordinal) && l.EndsWith("未识别，2022 年）", StringComparison.Ordinal));
        Assert.True(unreadable >= 0, output);
        Assert.StartsWith("    拒绝：", lines[unreadable + 1], StringComparison.Ordinal);
        Assert.Contains("unreadable.txt", lines[unreadable + 1], StringComparison.Ordinal);
        // The old format is incomplete by the 2019/2021 template, and is listed as outside the target.
        Assert.Contains(lines, l => l.StartsWith($"✗ {Path.Combine("files", "tangchuan", "old-2016.txt")}（", StringComparison.Ordinal) && l.EndsWith("2019 年以前，2016 年，不计入目标）", StringComparison.Ordinal));
        Assert.Contains("    不完整：缺少表二", lines);
        Assert.DoesNotContain(lines, l => l.Contains("complete.txt", StringComparison.Ordinal) && l.StartsWith('✗'));
        Assert.StartsWith("总计：", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_index_every_file_under_the_folder_is_measured_except_the_descriptions()
    {
        File.Delete(Path.Combine(_corpus, "INDEX.csv"));

        var (_, output, _) = Run(_corpus);

        var lines = Lines(output);
        Assert.Contains(lines, l => l == _corpus + "：没有真值，按读取、完整与平衡评测 4 个文件。");
        // Without the index's year the unreadable file's year is unknown, and it still counts toward the target.
        Assert.Contains(lines, l => l.StartsWith("目标（2019 年及以后的报告，2019 年以前的格式另计）：3 份，拒绝 1，", StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_line_naming_a_missing_file_is_warned_about_and_the_rest_is_measured()
    {
        File.AppendAllText(Path.Combine(_corpus, "INDEX.csv"), "\nfiles/qinghe/gone.txt,青禾市示例局,2023,txt\n");

        var (_, output, error) = Run(_corpus);

        Assert.Equal("警告：INDEX.csv 第 6 行列出的文件不存在：files/qinghe/gone.txt\n", error.ReplaceLineEndings("\n"));
        Assert.StartsWith("总计：4 份", Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Truths_kept_apart_score_their_reports_cell_by_cell_besides_the_counts()
    {
        File.Copy(Path.Combine(RepositoryRoot.Samples, "expected", "s01-docx-2021-clean.json"), Path.Combine(_truths, "complete.json"));
        File.Copy(Path.Combine(RepositoryRoot.Samples, "expected", "s02-docx-2019-errors.json"), Path.Combine(_truths, "unbalanced.json"));

        var (exit, output, error) = Run(_corpus, "--truth", _truths);

        Assert.Equal(2, exit); // the target is missed, though every truth is met
        Assert.Equal("", error);
        var lines = Lines(output);
        Assert.Contains($"有真值的报告（{_truths}）：2 份", lines);
        Assert.Contains(lines, l => l.StartsWith("✓ complete.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("✓ unbalanced.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("真值评测：单元格准确率 100.00%", StringComparison.Ordinal) && l.EndsWith("完全正确的报告 2/2 份", StringComparison.Ordinal));
        Assert.StartsWith("总计：4 份", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_truth_is_named_and_a_truth_without_its_report_is_warned_about()
    {
        var truth = File.ReadAllText(Path.Combine(RepositoryRoot.Samples, "expected", "s01-docx-2021-clean.json"));
        File.WriteAllText(Path.Combine(_truths, "complete.json"), truth.Replace("\"year\": 2021", "\"year\": 2017", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_truths, "absent.json"), truth);

        var (exit, output, error) = Run(_corpus, "--truth", _truths);

        Assert.Equal(2, exit);
        Assert.Contains("✗ complete.txt", output, StringComparison.Ordinal);
        Assert.Contains("year：应为 2017，解析为 2021", output, StringComparison.Ordinal);
        Assert.Contains($"警告：{Path.Combine(_truths, "absent.json")} 没有同名的报告文件，未评测。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_truth_folder_is_refused_in_chinese()
    {
        var (exit, _, error) = Run(_corpus, "--truth", Path.Combine(_truths, "none"));

        Assert.Equal(1, exit);
        Assert.Contains("真值目录不存在", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truth_option_without_its_folder_is_a_command_line_error()
    {
        var (exit, _, error) = Run(_corpus, "--truth");

        Assert.Equal(3, exit);
        Assert.Contains("--truth 缺少参数“真值目录”。", error, StringComparison.Ordinal);
    }

    private void Place(string source, string name, byte[] content)
    {
        var folder = Path.Combine(_corpus, "files", source);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), content);
    }

    private static List<string> Lines(string output) => [.. output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')];

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = EvalApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
