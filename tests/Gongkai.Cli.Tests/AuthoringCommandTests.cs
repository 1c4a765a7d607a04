using Gongkai.Application;
using Gongkai.Application.Sources;
using Gongkai.Core.Authoring;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Core.Templates;

namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai new</c> and <c>gongkai render</c>: skeletons, computed totals, refusals, and what is written parsing back.</summary>
public sealed class AuthoringCommandTests : IDisposable
{
    private const string Agency = "柏舟县文化和旅游局";

    private readonly string _temp = Directory.CreateTempSubdirectory("gongkai-authoring-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void New_writes_the_workbook_and_the_json_skeleton_and_will_not_overwrite_them()
    {
        var (exit, output, _) = Run("new", "--agency", Agency, "--year", "2023", "-o", _temp);

        Assert.Equal(ExitCodes.Ok, exit);
        var stem = Path.Combine(_temp, $"{Agency}2023年政府信息公开工作年度报告");
        Assert.Contains(stem + ".xlsx", output, StringComparison.Ordinal);
        var skeleton = ReportJsonReader.Read(File.ReadAllText(stem + ".json"));
        var keys = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(stem + ".json"))!.AsObject().Select(p => p.Key);
        Assert.Equal(["schema", "agency", "year", "template", "publishedOn", "proactive", "requests", "appeals", "sections"], keys);
        Assert.Equal(TemplateVersion.V2021, skeleton.Template);
        Assert.Equal(25, skeleton.Requests!.Rows.Count);
        Assert.All(skeleton.Requests.Rows.SelectMany(r => r.Cells), c => Assert.True(c.IsBlank));
        var workbook = ReportPipelines.Full.ParseFile(stem + ".xlsx");
        Assert.Equal(Agency, workbook.Report!.Agency);
        Assert.Equal(2023, workbook.Report.Year);

        var (again, _, error) = Run("new", "--agency", Agency, "--year", "2023", "-o", _temp);
        Assert.Equal(ExitCodes.BadUsage, again);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, Run("new", "--agency", Agency, "--year", "2023", "-o", _temp, "--force").Exit);
    }

    [Fact]
    public void New_warns_when_the_template_is_not_the_one_the_year_requires()
    {
        var (exit, _, error) = Run("new", "--agency", Agency, "--year", "2023", "--template", "2019", "-o", _temp);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("应使用 2021版", error, StringComparison.Ordinal);
        var skeleton = ReportJsonReader.Read(File.ReadAllText(Directory.GetFiles(_temp, "*.json").Single()));
        Assert.NotNull(skeleton.Requests!["other"]);
    }

    [Theory]
    [InlineData("--year", "1999")]
    [InlineData("--template", "2020")]
    [InlineData("--date", "2024/01/20")]
    public void New_refuses_a_bad_argument(string option, string value)
    {
        string[] args = ["new", "--agency", Agency, "--year", "2023", "-o", _temp];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        Assert.Equal(ExitCodes.BadUsage, Run(args).Exit);
        Assert.Empty(Directory.GetFiles(_temp));
    }

    [Fact]
    public void Render_computes_blank_totals_and_every_format_parses_back_to_the_same_json()
    {
        var input = WriteJson("filled.json", Filled(2023));
        var expected = Canonical(ReportCompleter.Complete(Filled(2023)).Report);

        var (exit, output, _) = Run("render", input, "--format", "all", "-o", Path.Combine(_temp, "out"), "--db", Database());

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("自动计算了", output, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_temp, "out"));
        Assert.Equal([".docx", ".html", ".md", ".xlsx"], files.Select(Path.GetExtension).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(expected, Canonical(ReportPipelines.Full.ParseFile(file).Report!)));
    }

    [Fact]
    public void An_agency_name_starting_with_an_equals_sign_survives_render_and_parse_in_every_format()
    {
        var report = Filled(2023) with { Agency = "=SUM(1)柏舟县文化和旅游局" };
        var input = WriteJson("formula.json", report);

        var (exit, _, _) = Run("render", input, "--format", "all", "-o", Path.Combine(_temp, "out"), "--db", Database());

        Assert.Equal(ExitCodes.Ok, exit);
        var files = Directory.GetFiles(Path.Combine(_temp, "out"));
        Assert.Equal(4, files.Length);
        Assert.All(files, file => Assert.Equal("=SUM(1)柏舟县文化和旅游局", ReportPipelines.Full.ParseFile(file).Report?.Agency));
    }

    [Fact]
    public void Render_refuses_to_overwrite_an_existing_output_unless_forced()
    {
        var input = WriteJson("filled.json", Filled(2023));
        var outDirectory = Path.Combine(_temp, "out");
        Assert.Equal(ExitCodes.Ok, Run("render", input, "-f", "md", "docx", "-o", outDirectory, "--db", Database()).Exit);
        var markdown = Directory.GetFiles(outDirectory, "*.md").Single();
        File.WriteAllText(markdown, "人工修改过的成稿");

        var (again, output, error) = Run("render", input, "-f", "md", "docx", "-o", outDirectory, "--db", Database());

        Assert.Equal(ExitCodes.BadUsage, again);
        Assert.DoesNotContain("已生成", output, StringComparison.Ordinal);
        Assert.Contains(markdown, error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("人工修改过的成稿", File.ReadAllText(markdown));

        Assert.Equal(ExitCodes.Ok, Run("render", input, "-f", "md", "docx", "-o", outDirectory, "--force", "--db", Database()).Exit);
        Assert.NotEqual("人工修改过的成稿", File.ReadAllText(markdown));
    }

    [Fact]
    public void Rendering_a_skeleton_left_blank_warns_loudly_that_every_table_is_blank()
    {
        Assert.Equal(ExitCodes.Ok, Run("new", "--agency", Agency, "--year", "2023", "-o", _temp).Exit);
        var skeleton = Directory.GetFiles(_temp, "*.json").Single();

        var (exit, output, error) = Run("render", skeleton, "-f", "md", "-o", Path.Combine(_temp, "out"), "--db", Database());

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("已生成", output, StringComparison.Ordinal);
        Assert.Contains("注意：表二、表三、表四全部为空白。", error, StringComparison.Ordinal);
        Assert.Contains("警告：表二、表三、表四全部为空白，生成的是空白模板", error, StringComparison.Ordinal);
        Assert.EndsWith("再重新生成。", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_a_filled_report_gives_no_blank_table_warning()
    {
        var input = WriteJson("filled.json", Filled(2023));

        var (_, _, error) = Run("render", input, "-f", "md", "-o", Path.Combine(_temp, "out"), "--db", Database());

        Assert.DoesNotContain("全部为空白", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_workbook_renders_again()
    {
        var input = WriteJson("filled.json", Filled(2023));
        Assert.Equal(ExitCodes.Ok, Run("render", input, "-f", "xlsx", "-o", _temp, "--db", Database()).Exit);
        var workbook = Directory.GetFiles(_temp, "*.xlsx").Single();

        var (exit, _, _) = Run("render", workbook, "-f", "xlsx", "md", "--db", Database());

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(File.Exists(workbook), "the input stays");
        var again = Directory.GetFiles(_temp, "*（成稿）.xlsx").Single();
        Assert.Equal(Canonical(ReportPipelines.Full.ParseFile(workbook).Report!), Canonical(ReportPipelines.Full.ParseFile(again).Report!));
    }

    [Fact]
    public void Render_refuses_a_report_with_errors_unless_forced()
    {
        var report = Filled(2023);
        var broken = report with { Requests = Set(report.Requests!, "total", "naturalPerson", 99) };
        var input = WriteJson("broken.json", broken);
        var outDirectory = Path.Combine(_temp, "out");

        var (exit, output, error) = Run("render", input, "-o", outDirectory, "--db", Database());

        Assert.Equal(ExitCodes.ReportErrors, exit);
        Assert.Contains("GK0302", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDirectory));

        var (forced, _, warning) = Run("render", input, "-o", outDirectory, "--force", "--db", Database());
        Assert.Equal(ExitCodes.Ok, forced);
        Assert.Contains("仍有", warning, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(outDirectory, "*.docx"));
    }

    [Fact]
    public void Render_takes_last_years_figures_from_a_file_or_the_store()
    {
        var lastYear = Filled(2022) with
        {
            Requests = Set(Set(ReportCompleter.Complete(Filled(2022)).Report.Requests!, "carriedForward", "naturalPerson", 1), "carriedForward", "total", 1),
        };
        var current = Filled(2023);
        current = current with { Requests = Blank(current.Requests!, "carriedOver"), Proactive = Blank(current.Proactive!, "rules", "inForce") };
        var input = WriteJson("current.json", current);
        var previous = WriteJson("previous.json", lastYear);

        var (exit, output, _) = Run("render", input, "--previous", previous, "-f", "md", "-o", Path.Combine(_temp, "a"));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("表三「二、上年结转政府信息公开申请数量」行「自然人」列 = 1", output, StringComparison.Ordinal);
        Assert.Contains("表二「规章」行「现行有效件数」列 = 5", output, StringComparison.Ordinal);

        // The same from the store, where last year's report was imported.
        var db = Database();
        var lastYearFile = Path.Combine(_temp, "last-year.md");
        File.WriteAllText(lastYearFile, Reporting.Markdown.MarkdownReportWriter.Write(Reporting.ReportDocument.From(lastYear)));
        Assert.Equal(ExitCodes.Ok, Run("import", lastYearFile, "--db", db).Exit);
        var (fromStore, storeOutput, _) = Run("render", input, "-f", "md", "-o", Path.Combine(_temp, "b"), "--db", db);
        Assert.Equal(ExitCodes.Ok, fromStore);
        Assert.Contains("上年数据：取自数据库", storeOutput, StringComparison.Ordinal);
        Assert.Contains("= 1（上年报告", storeOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_takes_section_texts_from_a_markdown_file()
    {
        var input = WriteJson("filled.json", Filled(2023));
        var texts = Path.Combine(_temp, "正文.md");
        File.WriteAllText(texts, "# 正文\n\n## 一、总体情况\n\n本年度，我局坚持以公开为常态。\n\n第二段 <b>不是标签</b>。\n\n## 五、存在的主要问题及改进情况\n\n三、下一步工作仍需加强。\n");

        var (exit, _, _) = Run("render", input, "--sections", texts, "-f", "html", "-o", _temp, "--db", Database());

        Assert.Equal(ExitCodes.Ok, exit);
        var html = File.ReadAllText(Directory.GetFiles(_temp, "*.html").Single());
        Assert.Contains("<p>本年度，我局坚持以公开为常态。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>第二段 &lt;b&gt;不是标签&lt;/b&gt;。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>三、下一步工作仍需加强。</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_names_the_file_and_the_problem_for_unusable_input()
    {
        var empty = Path.Combine(_temp, "空.xlsx");
        File.WriteAllBytes(empty, []);
        var notReport = Path.Combine(_temp, "不是报告.json");
        File.WriteAllText(notReport, "[1, 2");

        var (exit, _, error) = Run("render", empty);
        var (jsonExit, _, jsonError) = Run("render", notReport);
        var (formatExit, _, _) = Run("render", notReport, "-f", "pdf");

        Assert.Equal(ExitCodes.UnusableInput, exit);
        Assert.Contains("空.xlsx", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UnusableInput, jsonExit);
        Assert.Contains("不是报告.json：JSON", jsonError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadUsage, formatExit);
    }

    [Fact]
    public void Render_says_why_a_store_named_for_last_years_report_cannot_be_opened()
    {
        var input = WriteJson("filled.json", Filled(2023));

        var (exit, _, error) = Run("render", input, "-o", _temp, "--db", "postgresql://");

        Assert.Equal(ExitCodes.StoreUnavailable, exit);
        Assert.DoesNotContain("内部错误", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp, "*.docx"));
    }

    // A valid report with every total left blank: one request granted, one carried over from last year and answered.
    private static AnnualReport Filled(int year)
    {
        var skeleton = ReportSkeleton.Create(Agency, year, TemplateVersionExtensions.RequiredFor(year), new DateOnly(year + 1, 1, 20));
        var requests = skeleton.Requests!;
        requests = Set(requests, "newReceived", "naturalPerson", 1);
        requests = Set(requests, "carriedOver", "naturalPerson", 1);
        requests = Set(requests, "granted", "naturalPerson", 2);
        foreach (var row in requests.Rows.Select(r => r.Key).Where(k => k is not ("total" or "newReceived" or "carriedOver" or "granted")))
        {
            foreach (var column in RequestsTemplate.ApplicantColumns)
            {
                requests = Set(requests, row, column, 0);
            }
        }

        foreach (var column in RequestsTemplate.ApplicantColumns.Skip(1))
        {
            requests = Set(requests, "newReceived", column, 0);
            requests = Set(requests, "carriedOver", column, 0);
            requests = Set(requests, "granted", column, 0);
        }

        var proactive = skeleton.Proactive!;
        foreach (var row in proactive.Rows)
        {
            foreach (var cell in row.Cells)
            {
                proactive = Set(proactive, row.Key, cell.Column, cell.Column == "inForce" ? 5 : 1);
            }
        }

        var appeals = skeleton.Appeals!;
        foreach (var group in appeals.Rows)
        {
            foreach (var part in AppealsTemplate.Parts)
            {
                appeals = Set(appeals, group.Key, part, part == "upheld" ? 1 : 0);
            }
        }

        return skeleton with { Requests = requests, Proactive = proactive, Appeals = appeals };
    }

    private static ReportTable Set(ReportTable table, string row, string column, decimal value) => table with
    {
        Rows = [.. table.Rows.Select(r => r.Key != row ? r : r with { Cells = [.. r.Cells.Select(c => c.Column == column ? Cell.Number(column, c.Kind, value) : c)] })],
    };

    private static ReportTable Blank(ReportTable table, string row, string? column = null) => table with
    {
        Rows = [.. table.Rows.Select(r => r.Key != row ? r : r with { Cells = [.. r.Cells.Select(c => column is null || c.Column == column ? Cell.Blank(c.Column, c.Kind) : c)] })],
    };

    private static string Canonical(AnnualReport report) => ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly);

    private string WriteJson(string name, AnnualReport report)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, ReportJsonWriter.Write(report, null, ReportJsonOptions.Default));
        return path;
    }

    private string Database() => Path.Combine(_temp, "store.db");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
