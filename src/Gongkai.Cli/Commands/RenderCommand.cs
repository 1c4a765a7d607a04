using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Rendering;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Reporting;

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

    private static readonly Option<string?> Sections = new("--sections") { Description = $"各部分正文的 Markdown 文件（以“## {SectionKind.Overview.ToHeading()}”等标题分段），替换输入中的正文" };

    private static readonly Option<string?> Previous = new("--previous") { Description = "上一年度报告文件（任意可读格式或 JSON），用于计算上年结转、现行有效件数" };

    private static readonly Option<string?> Out = new("--out", "-o") { Description = "输出目录，默认与输入文件相同" };

    private static readonly Option<bool> Force = new("--force") { Description = "报告有错误时仍然生成，并覆盖已存在的同名输出文件" };

    private static readonly Option<string?> Db = StoreOptions.Database();

    private static readonly Option<string?> TablesFromCases = new("--tables-from-cases") { Description = "按数据库中该单位（名录代码）本年度的依申请公开办件统计表三、表四，替换输入中的表三、表四", HelpName = "单位代码" };

    public static Command Create()
    {
        var command = new Command("render", "生成报告成稿（DOCX/HTML/Markdown/XLSX）：自动计算合计和上年数据，核对后输出；有错误时拒绝生成，除非 --force")
        {
            Input, Formats, Sections, Previous, Out, Force, Db, TablesFromCases,
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

        var rendered = RenderReport.Run(new RenderOptions
        {
            Input = input,
            Formats = formats,
            SectionsFile = result.GetValue(Sections),
            PreviousFile = result.GetValue(Previous),
            OutDirectory = result.GetValue(Out),
            Force = result.GetValue(Force),
            Database = result.GetValue(Db),
            TablesFromCases = result.GetValue(TablesFromCases),
        });
        Print(rendered, output, error, result.IsVerbose());
        return rendered.Failure is { } failure ? ExitCodes.Of(failure.Kind) : ExitCodes.Ok;
    }

    // The check goes to stderr with the other diagnostics; stdout lists what was computed and written.
    private static void Print(RenderResult rendered, TextWriter output, TextWriter error, bool verbose)
    {
        if (rendered.CasesNote is { } counted)
        {
            output.WriteLine(counted);
        }

        if (rendered.PreviousYearNote is { } note)
        {
            output.WriteLine(note);
        }

        if (rendered.Checked is not { } checkedReport)
        {
            FailureFormatter.Write(error, rendered.Failure!, verbose);
            return;
        }

        WriteComputed(rendered.Computed, rendered.HasPreviousYear, output);
        new CheckTextFormatter(error, Severity.Warning).WriteReport(checkedReport);
        var blank = rendered.BlankTables;
        if (blank.Count > 0)
        {
            error.WriteLine($"  注意：{string.Join("、", blank)}全部为空白。");
        }

        foreach (var path in rendered.Written)
        {
            output.WriteLine($"已生成：{path}");
        }

        if (rendered.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, verbose);
            return;
        }

        if (rendered.Errors > 0)
        {
            error.WriteLine($"注意：已按 --force 生成，报告仍有 {rendered.Errors} 个错误。");
        }

        if (blank.Count > 0)
        {
            // Said last and loudly: a skeleton rendered as it was created looks like a finished report at a glance.
            error.WriteLine();
            error.WriteLine($"警告：{string.Join("、", blank)}全部为空白，{(rendered.AllTablesBlank ? "生成的是空白模板，不是可以发布的报告" : "生成的报告缺少这些表格的数字")}。");
            error.WriteLine("      请在填报表的黄色单元格中填写数字（没有发生的事项填 0，空白不等于 0），再重新生成。");
        }
    }

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
}
