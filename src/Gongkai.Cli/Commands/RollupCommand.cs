using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.RollingUp;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai rollup --region R --year Y</c>: the region's totals of every cell, and the derived indicators.</summary>
internal static class RollupCommand
{
    private static readonly Option<string?> Region = new("--region") { Description = "区域：名录中的区域路径或其中一级名称（如 东山市）；省略则汇总全部报告" };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<int?> ToYear = new("--to-year") { Description = "汇总到此年度（逐年列出）" };
    private static readonly Option<string> Format = new Option<string>("--format") { Description = "输出格式", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "json", "csv");
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("rollup", "区域汇总：逐年合计表二、表三、表四的每个单元格（汇总报告不重复计入），并计算公开率、纠错率等指标") { Region, Year, ToYear, Format, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var rolledUp = RollUpRegion.Run(store, new RollUpOptions { Scope = AccessScope.All, Region = result.GetValue(Region), Year = result.GetValue(Year), ToYear = result.GetValue(ToYear) });
            RollupFormatter.Write(output, rolledUp, result.GetValue(Format)!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
