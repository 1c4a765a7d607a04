using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Authoring;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Model;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai new --agency NAME --year Y [--template 2019|2021]</c>: the skeleton of a report for staff to fill in —
/// the fill-in workbook (XLSX) and the same skeleton as canonical JSON.
/// </summary>
internal static class NewCommand
{
    private static readonly Option<string> Agency = new("--agency") { Description = "机关名称（报告标题和落款中的名称）", Required = true };

    private static readonly Option<int> Year = new("--year") { Description = "报告年度（统计期限所在年份）", Required = true };

    private static readonly Option<string?> Template = new("--template") { Description = "表格格式：2019 或 2021；默认按年度选择（2020 年度及以前为 2019 版）" };

    private static readonly Option<string?> Date = new("--date") { Description = "落款日期，如 2022-01-20；可留待填写" };

    private static readonly Option<string?> Out = new("--out", "-o") { Description = "输出目录，默认当前目录" };

    private static readonly Option<bool> Force = new("--force") { Description = "覆盖已存在的同名文件" };

    private static readonly Option<string?> TablesFromCases = new("--tables-from-cases") { Description = "按数据库中该单位（名录代码）本年度的依申请公开办件预填表三、表四", HelpName = "单位代码" };

    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("new", "生成年度报告填报模板：XLSX 填报表（标签锁定、只留填写格、合计为公式）和规范 JSON") { Agency, Year, Template, Date, Out, Force, TablesFromCases, Db };
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        var created = NewReport.Run(new NewReportOptions
        {
            Agency = result.GetValue(Agency) ?? "",
            Year = result.GetValue(Year),
            Template = result.GetValue(Template),
            Date = result.GetValue(Date),
            OutDirectory = result.GetValue(Out),
            Force = result.GetValue(Force),
            TablesFromCases = result.GetValue(TablesFromCases),
            Database = result.GetValue(Db),
        });
        if (created.TemplateNote is { } note)
        {
            error.WriteLine(note);
        }

        if (created.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, result.IsVerbose());
            return ExitCodes.Of(failure.Kind);
        }

        if (created.CasesNote is { } counted)
        {
            output.WriteLine(counted);
        }

        output.WriteLine($"已生成填报表：{created.Workbook}");
        output.WriteLine($"已生成规范 JSON：{created.Json}");
        output.WriteLine($"格式：{created.Template.ToDisplayName()}。在黄色单元格中填写数字和正文（蓝色为自动合计），或直接编辑 JSON；");
        output.WriteLine($"然后运行：gongkai render \"{created.Workbook}\" --format docx html");
        return ExitCodes.Ok;
    }
}
