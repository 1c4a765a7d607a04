using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Units;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai units import|list|questions|link</c>: the registry of units and the links between reports and units.</summary>
internal static class UnitsCommand
{
    public static Command Create()
    {
        var command = new Command("units", "单位名录：导入名录、查看单位、处理未能对应到单位的报告");
        command.Subcommands.Add(ImportVerb());
        command.Subcommands.Add(ListVerb());
        command.Subcommands.Add(QuestionsVerb());
        command.Subcommands.Add(LinkVerb());
        return command;
    }

    /// <summary>Reads the CSV at <paramref name="path"/> into the registry; problems in the file stop it before anything is written.</summary>
    public static int ImportRegistry(ReportStore store, string path, TextWriter output, TextWriter error)
    {
        var imported = Application.Units.ImportRegistry.Run(store, new RegistryImportOptions { File = path });
        if (imported.Failure is { } failure)
        {
            FailureFormatter.Write(error, failure, verbose: false);
            foreach (var problem in imported.Problems.Take(50))
            {
                error.WriteLine($"  {problem}");
            }

            return ExitCodes.Of(failure.Kind);
        }

        output.WriteLine($"单位名录：新增 {imported.Added} 个单位，更新 {imported.Updated} 个；{imported.Linked} 份已导入的报告关联到了单位。");
        return ExitCodes.Ok;
    }

    private static Command ImportVerb()
    {
        var file = new Argument<string>("名录") { Description = "单位名录 CSV：code,name,level,region,parent,aliases（见 docs/store.md）" };
        var db = StoreOptions.Database();
        var command = new Command("import", "导入或更新单位名录（按 code 更新）") { file, db };
        command.SetStoreAction(db, (result, store, output, error) => ImportRegistry(store, result.GetValue(file)!, output, error), writes: true);
        return command;
    }

    private static Command ListVerb()
    {
        var region = new Option<string?>("--region") { Description = "只列出该区域（路径或其中一级名称）的单位" };
        var db = StoreOptions.Database();
        var command = new Command("list", "列出名录中的单位") { region, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var units = ListUnits.Run(store, new UnitsOptions { Scope = AccessScope.All, Region = result.GetValue(region) }).Units;
            foreach (var unit in units)
            {
                var aliases = unit.Aliases.Count > 0 ? $"（又名 {string.Join("、", unit.Aliases)}）" : "";
                output.WriteLine($"{unit.Code}\t{unit.Level}\t{unit.Region}\t{unit.Name}{aliases}");
            }

            output.WriteLine($"共 {units.Count} 个单位。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command QuestionsVerb()
    {
        var db = StoreOptions.Database();
        var command = new Command("questions", "列出未能对应到名录单位的报告及候选单位") { db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var unlinked = ListUnlinkedReports.Run(store).Reports;
            foreach (var report in unlinked)
            {
                var candidates = report.Candidates.Count == 0
                    ? "名录中没有相近的单位"
                    : "可能是：" + string.Join("；", report.Candidates.Select(c => $"{c.Code} {c.Name}"));
                output.WriteLine($"报告 #{report.ReportId}  {report.Agency ?? "（机关未识别）"} {report.Year}年 —— {candidates}");
            }

            output.WriteLine(unlinked.Count == 0
                ? "所有报告都已对应到名录中的单位。"
                : $"共 {unlinked.Count} 份报告未对应。确认后运行 gongkai units link 报告编号 单位代码。");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command LinkVerb()
    {
        var report = new Argument<long>("报告编号") { Description = "gongkai units questions 列出的报告编号" };
        var code = new Argument<string>("单位代码") { Description = "名录中的单位代码" };
        var db = StoreOptions.Database();
        var command = new Command("link", "把报告对应到名录中的单位，并记住报告上的名称作为该单位的别名") { report, code, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            if (LinkReport.Run(store, new LinkOptions { ReportId = result.GetValue(report), UnitCode = result.GetValue(code)! }).Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            output.WriteLine($"已把报告 #{result.GetValue(report)} 对应到单位 {result.GetValue(code)}。");
            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }
}
