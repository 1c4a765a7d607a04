using System.CommandLine;
using System.Globalization;
using Gongkai.Application.Outputs;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Reporting;

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

    public static Command Create()
    {
        var command = new Command("new", "生成年度报告填报模板：XLSX 填报表（标签锁定、只留填写格、合计为公式）和规范 JSON") { Agency, Year, Template, Date, Out, Force };
        command.SetAction(result => Run(result, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(ParseResult result, TextWriter output, TextWriter error)
    {
        var agency = result.GetValue(Agency)?.Trim() ?? "";
        var year = result.GetValue(Year);
        if (agency.Length == 0)
        {
            error.WriteLine("请用 --agency 给出机关名称。");
            return ExitCodes.BadUsage;
        }

        if (year is < 2008 or > 2100)
        {
            error.WriteLine($"年度 {year} 不合理：《条例》自 2008 年施行，请给出四位年份。");
            return ExitCodes.BadUsage;
        }

        var required = TemplateVersionExtensions.RequiredFor(year);
        var template = required;
        if (result.GetValue(Template) is { } given)
        {
            if (!TemplateVersionExtensions.TryParse(given.Trim(), out var parsed))
            {
                error.WriteLine($"未知的表格格式“{given}”：应为 2019 或 2021。");
                return ExitCodes.BadUsage;
            }

            template = parsed;
            if (template != required)
            {
                error.WriteLine($"注意：{year} 年度报告应使用 {required.ToDisplayName()}，这里按要求生成的是 {template.ToDisplayName()}。");
            }
        }

        DateOnly? date = null;
        if (result.GetValue(Date) is { } dateText)
        {
            if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
            {
                error.WriteLine($"落款日期“{dateText}”格式不对，应为 yyyy-MM-dd，如 {year + 1}-01-20。");
                return ExitCodes.BadUsage;
            }

            date = parsedDate;
        }

        var report = ReportSkeleton.Create(agency, year, template, date);
        var directory = result.GetValue(Out) ?? ".";
        var stem = OutputNames.Stem($"{agency}{year}年政府信息公开工作年度报告");
        var workbook = Path.Combine(directory, stem + ".xlsx");
        var json = Path.Combine(directory, stem + ".json");
        if (!result.GetValue(Force) && new[] { workbook, json }.FirstOrDefault(File.Exists) is { } existing)
        {
            error.WriteLine($"{existing} 已存在，未覆盖（可能已填写过）。如确需重新生成，请加 --force。");
            return ExitCodes.BadUsage;
        }

        try
        {
            Directory.CreateDirectory(directory);
            OutputNames.WriteAtomically(workbook, stream => RenderFormat.Xlsx.Write(ReportDocument.From(report), stream));
            OutputNames.WriteAtomically(json, stream => ReportJsonWriter.Write(stream, report, [], ReportJsonOptions.Authoring));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            FailureFormatter.Write(error, $"无法写入 {directory}（{IoFailures.Describe(ex)}）。", ex, result.IsVerbose());
            return ExitCodes.UnusableInput;
        }

        output.WriteLine($"已生成填报表：{workbook}");
        output.WriteLine($"已生成规范 JSON：{json}");
        output.WriteLine($"格式：{template.ToDisplayName()}。在黄色单元格中填写数字和正文（蓝色为自动合计），或直接编辑 JSON；");
        output.WriteLine($"然后运行：gongkai render \"{workbook}\" --format docx html");
        return ExitCodes.Ok;
    }
}
