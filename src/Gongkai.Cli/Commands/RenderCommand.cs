using System.CommandLine;
using Gongkai.Application.Outputs;
using Gongkai.Application.Sources;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules.CrossReport;
using Gongkai.Parsing.Input;
using Gongkai.Reporting;
using Gongkai.Store;
using Gongkai.Store.Database;
using ReportResult = Gongkai.Parsing.Pipeline.ParseResult;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai render FILE [--format docx html md xlsx] [--sections TEXT.md]</c>: the finished report from the fill-in
/// workbook, canonical JSON or any readable report. Blank totals are computed (and last year's figures taken from the
/// store or <c>--previous</c>), everything is checked, and a report with errors is refused unless <c>--force</c>.
/// </summary>
internal static class RenderCommand
{
    private static readonly Argument<string> Input = new("输入") { Description = "填报表（.xlsx）、规范 JSON 或其他可解析的报告文件" };

    private static readonly Option<string[]> Formats = new("--format", "-f")
    {
        Description = "输出格式：docx、html、md、xlsx 或 all，可给多个；默认 docx",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => ["docx"],
    };

    private static readonly Option<string?> Sections = new("--sections") { Description = "各部分正文的 Markdown 文件（以“## 一、总体情况”等标题分段），替换输入中的正文" };

    private static readonly Option<string?> Previous = new("--previous") { Description = "上一年度报告文件（任意可读格式或 JSON），用于计算上年结转、现行有效件数" };

    private static readonly Option<string?> Out = new("--out", "-o") { Description = "输出目录，默认与输入文件相同" };

    private static readonly Option<bool> Force = new("--force") { Description = "报告有错误时仍然生成，并覆盖已存在的同名输出文件" };

    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("render", "生成报告成稿（DOCX/HTML/Markdown/XLSX）：自动计算合计和上年数据，核对后输出；有错误时拒绝生成，除非 --force")
        {
            Input, Formats, Sections, Previous, Out, Force, Db,
        };
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        var input = result.GetValue(Input)!;
        var formats = new List<RenderFormat>();
        foreach (var name in result.GetValue(Formats) ?? [])
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                formats.AddRange(RenderFormats.All);
            }
            else if (RenderFormats.Parse(name) is { } format)
            {
                formats.Add(format);
            }
            else
            {
                error.WriteLine($"未知的输出格式“{name}”：可选 docx、html、md、xlsx、all。");
                return ExitCodes.BadUsage;
            }
        }

        var verbose = result.IsVerbose();
        var loaded = ReportSources.Load(input);
        if (!loaded.Succeeded)
        {
            FailureFormatter.Write(error, loaded, verbose);
            return ExitCodes.UnusableInput;
        }

        var report = loaded.Report;

        if (result.GetValue(Sections) is { } sectionsFile)
        {
            if (ReadSections(sectionsFile, error, verbose) is not { } sections)
            {
                return ExitCodes.UnusableInput;
            }

            report = report with { Sections = Merge(report.Sections, sections) };
        }

        if (LoadPrevious(result, report, output, error, out var previous) is { } failed)
        {
            return failed;
        }

        var (completed, computed) = ReportCompleter.Complete(report, previous);
        WriteComputed(computed, previous is not null, output);

        var findings = ReportPipelines.Full.Validate(completed).ToList();
        if (previous is not null)
        {
            findings.AddRange(CrossYearRules.Check(previous, completed));
        }

        // The check goes to stderr with the other diagnostics; stdout lists what was computed and written.
        var checkedReport = new ReportResult { File = input, Report = completed, Findings = findings };
        new CheckTextFormatter(error, Severity.Warning).WriteReport(checkedReport);
        var blank = BlankTables(completed);
        if (blank.Count > 0)
        {
            error.WriteLine($"  注意：{string.Join("、", blank)}全部为空白。");
        }

        var errors = checkedReport.AllDiagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0 && !result.GetValue(Force))
        {
            error.WriteLine($"报告有 {errors} 个错误，未生成。请改正后重试；如确需按现状生成（例如送审稿），请加 --force。");
            return ExitCodes.ReportErrors;
        }

        var exit = Write(completed, formats.Distinct().ToList(), input, result.GetValue(Out), result.GetValue(Force), output, error, verbose);
        if (exit == ExitCodes.Ok && errors > 0)
        {
            error.WriteLine($"注意：已按 --force 生成，报告仍有 {errors} 个错误。");
        }

        if (exit == ExitCodes.Ok && blank.Count > 0)
        {
            // Said last and loudly: a skeleton rendered as it was created looks like a finished report at a glance.
            error.WriteLine();
            error.WriteLine($"警告：{string.Join("、", blank)}全部为空白，{(blank.Count == TableKinds.Length ? "生成的是空白模板，不是可以发布的报告" : "生成的报告缺少这些表格的数字")}。");
            error.WriteLine("      请在填报表的黄色单元格中填写数字（没有发生的事项填 0，空白不等于 0），再重新生成。");
        }

        return exit;
    }

    private static readonly TableKind[] TableKinds = [TableKind.Proactive, TableKind.Requests, TableKind.Appeals];

    // Tables 二, 三 and 四 that are missing or have no cell filled in.
    private static List<string> BlankTables(AnnualReport report) =>
        [.. TableKinds.Where(kind => report.Table(kind)?.Rows.All(row => row.Cells.All(c => c.IsBlank)) ?? true).Select(kind => kind.ToDisplayName())];

    // Totals in one line per rule; figures carried from last year's report one by one, since they come from elsewhere.
    private static void WriteComputed(IReadOnlyList<ComputedCell> computed, bool fromLastYear, TextWriter output)
    {
        if (computed.Count > 0)
        {
            output.WriteLine($"自动计算了 {computed.Count} 个空白单元格：{string.Join("；", computed.GroupBy(c => c.Rule).Select(g => $"{g.Key} {g.Count()} 个"))}。");
        }

        foreach (var cell in fromLastYear ? computed.Where(c => c.Cell.Table == TableKind.Proactive || c.Cell.Row == Core.Templates.RequestsTemplate.CarriedOver) : [])
        {
            output.WriteLine($"  {cell.Cell.Describe()} = {cell.Value}（{cell.Rule}）");
        }
    }

    // Like `new`, an existing file (perhaps edited by hand since) is not overwritten without --force; nothing is
    // written unless every target is free.
    private static int Write(AnnualReport report, List<RenderFormat> formats, string input, string? outDirectory, bool force, TextWriter output, TextWriter error, bool verbose)
    {
        var directory = outDirectory ?? Path.GetDirectoryName(Path.GetFullPath(input))!;
        var document = ReportDocument.From(report);
        var stem = OutputNames.Stem(document.Title);
        var targets = formats.Select(format =>
        {
            var path = Path.Combine(directory, stem + format.Extension());
            return (Format: format, Path: Path.GetFullPath(path) == Path.GetFullPath(input)
                ? Path.Combine(directory, stem + "（成稿）" + format.Extension()) // never overwrite the input
                : path);
        }).ToList();
        var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
        if (!force && existing.Count > 0)
        {
            error.WriteLine($"{string.Join("、", existing)} 已存在，未覆盖（可能已修改过）。如确需重新生成，请加 --force。");
            return ExitCodes.BadUsage;
        }

        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (format, path) in targets)
            {
                OutputNames.WriteAtomically(path, stream => format.Write(document, stream));
                output.WriteLine($"已生成：{path}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            FailureFormatter.Write(error, $"无法写入 {directory}（{IoFailures.Describe(ex)}）。", ex, verbose);
            return ExitCodes.UnusableInput;
        }

        return ExitCodes.Ok;
    }

    private static IReadOnlyList<ReportSection>? ReadSections(string path, TextWriter error, bool verbose)
    {
        try
        {
            return SectionTextFile.Read(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            error.WriteLine($"{path}：{ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            FailureFormatter.Write(error, $"{path}：无法读取（{IoFailures.Describe(ex)}）。", ex, verbose);
        }

        return null;
    }

    // The sections given replace those of the same kind; the rest are kept, in the official order.
    private static List<ReportSection> Merge(IReadOnlyList<ReportSection> existing, IReadOnlyList<ReportSection> given) =>
        [.. existing.Where(s => given.All(g => g.Kind != s.Kind)).Concat(given).OrderBy(s => s.Kind)];

    // Last year's report: the file given, else the store's current version for the same body, when a store exists.
    // Returns the exit code when it cannot be had (the file unreadable, the store unavailable), else null.
    private static int? LoadPrevious(ParseResult result, AnnualReport report, TextWriter output, TextWriter error, out AnnualReport? previous)
    {
        previous = null;
        if (result.GetValue(Previous) is { } file)
        {
            var loaded = ReportSources.Load(file);
            if (!loaded.Succeeded)
            {
                FailureFormatter.Write(error, loaded, result.IsVerbose());
                return ExitCodes.UnusableInput;
            }

            previous = loaded.Report;
            return null;
        }

        if (report.Agency is not { } agency || report.Year is not { } year)
        {
            return null;
        }

        // The store is resolved and opened once, by StoreOptions.Open, which also reports a malformed --db.
        var db = result.GetValue(Db);
        if (db is null && Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable) is null && !File.Exists(StoreLocation.DefaultSqlitePath))
        {
            return null; // no store: nothing to look up, and none is created just for looking
        }

        using var store = StoreOptions.Open(db, error, result.IsVerbose());
        if (store is null)
        {
            return ExitCodes.StoreUnavailable;
        }

        var stored = store.Reports(new ReportFilter { Agency = agency, FromYear = year - 1, ToYear = year - 1 }).OrderBy(r => r.IsSummary).FirstOrDefault();
        previous = stored is null ? null : store.LoadCurrent(stored.ReportId);
        output.WriteLine(previous is null
            ? $"数据库 {store.Location.Display} 中没有 {agency} {year - 1} 年度的报告：上年结转、现行有效件数需手工填写。"
            : $"上年数据：取自数据库 {store.Location.Display} 中 {agency} {year - 1} 年度的报告。");
        return null;
    }
}
