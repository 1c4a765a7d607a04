using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Registers;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Diagnostics;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai cases template|import|export</c>: the register (登记台账) in Excel — the empty template, importing an
/// agency's register (the template's or its own columns), exporting a unit's cases in the template's layout.
/// </summary>
internal static class CasesRegisterCommands
{
    /// <summary>The three verbs, for the <c>cases</c> command.</summary>
    public static IEnumerable<Command> Create() => [Template(), Import(), Export()];

    private static Command Template()
    {
        var output = new Option<string>("--out") { Description = "保存模板的文件", HelpName = "文件", DefaultValueFactory = _ => CaseRegisterTemplate.FileName };
        var command = new Command("template", "生成依申请公开登记台账的 Excel 模板（含“填写说明”工作表和下拉选项）") { output };
        command.SetAction(result =>
        {
            var path = result.GetValue(output)!;
            return CaseVerbs.TryWrite(path, CaseRegisterTemplate.Build(), result.InvocationConfiguration.Error)
                ? Done(result.InvocationConfiguration.Output, $"已生成登记台账模板：{path}")
                : ExitCodes.UnusableInput;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("台账") { Description = "登记台账文件（.xlsx 或 .csv；可以是本系统的模板，也可以是本单位自己的表格）" };
        var agency = new Option<string>("--agency", "--unit") { Description = "申请所属单位（名录中的单位代码）", HelpName = "单位代码", Required = true };
        var map = new Option<string[]>("--map")
        {
            Description = "列名对应：我方列名=模板列名（如 \"登记号=申请编号\"），可给多个",
            HelpName = "我方列名=模板列名",
            AllowMultipleArgumentsPerToken = true,
        };
        var mapFile = new Option<string?>("--map-file") { Description = "列名对应文件：每行一条“我方列名=模板列名”，# 开头为注释", HelpName = "文件" };
        var partial = new Option<bool>("--partial") { Description = "只导入正确的行，列出有错误的行（默认：有任何错误即全部不导入）" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只检查并统计，不写入数据库" };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("import", "导入登记台账：按申请编号新增或更新本单位的申请，逐行检查办理过程") { file, agency, map, mapFile, partial, dryRun, user, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var path = result.GetValue(file)!;
            var mapping = (result.GetValue(map) ?? []).ToList();
            if (result.GetValue(mapFile) is { } mappingPath)
            {
                if (Read(mappingPath, error) is not { } lines)
                {
                    return ExitCodes.UnusableInput;
                }

                mapping.AddRange(System.Text.Encoding.UTF8.GetString(lines).Split('\n'));
            }

            if (Read(path, error) is not { } content)
            {
                return ExitCodes.UnusableInput;
            }

            var imported = ImportCaseRegister.Run(store, new ImportCaseRegisterOptions
            {
                Scope = AccessScope.All,
                User = CaseVerbs.UserOf(result, user),
                UnitId = result.GetValue(agency)!,
                Content = content,
                FileName = Path.GetFileName(path),
                Mapping = mapping,
                Partial = result.GetValue(partial),
                DryRun = result.GetValue(dryRun),
            });
            if (imported.Failure is { } failure)
            {
                var exit = CaseVerbs.Fail(error, failure, result);
                CaseRegisterFormatter.Details(error, imported);
                return exit;
            }

            CaseRegisterFormatter.Summary(output, Path.GetFileName(path), imported);
            return imported.ErrorRows > 0 ? ExitCodes.ReportErrors : ExitCodes.Ok;
        }, writes: true);
        return command;
    }

    private static Command Export()
    {
        var agency = new Option<string>("--agency", "--unit") { Description = "单位代码", HelpName = "单位代码", Required = true };
        var year = new Option<int?>("--year") { Description = "只导出该年收到的申请（默认全部）", HelpName = "年份" };
        var output = new Option<string>("--out") { Description = "保存的 Excel 文件", HelpName = "文件", Required = true };
        var db = StoreOptions.Database();
        var command = new Command("export", "把本单位的申请导出为登记台账（与模板格式相同，可再导入）") { agency, year, output, db };
        command.SetStoreAction(db, (result, store, stdout, error) =>
        {
            var exported = ExportCaseRegister.Run(store, new ExportCaseRegisterOptions { Scope = AccessScope.All, UnitId = result.GetValue(agency), Year = result.GetValue(year) });
            if (exported.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            var path = result.GetValue(output)!;
            return CaseVerbs.TryWrite(path, exported.Content, error) ? Done(stdout, $"已导出 {exported.Cases} 件申请：{path}") : ExitCodes.UnusableInput;
        });
        return command;
    }

    private static byte[]? Read(string path, TextWriter error)
    {
        try
        {
            return new FileInfo(path).Length > RegisterLimits.MaxFileBytes
                ? Refuse(error, $"{path}：文件超过 {RegisterLimits.MaxFileBytes / 1024 / 1024} MB 的上限，已拒绝。")
                : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(error, $"{path}：无法读取文件（{IoFailures.Describe(ex)}）。");
        }
    }

    private static byte[]? Refuse(TextWriter error, string message)
    {
        error.WriteLine(message);
        return null;
    }

    private static int Done(TextWriter output, string message)
    {
        output.WriteLine(message);
        return ExitCodes.Ok;
    }
}
