using System.CommandLine;
using System.Text.Json;
using Gongkai.Cli.Formatting;
using Gongkai.Store.Queries;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai compare --agency A --year Y [--with B]</c>: a unit's year against the year before, or two units' same year.</summary>
internal static class CompareCommand
{
    private static readonly Option<string> Agency = new("--agency") { Description = "单位代码或名称", Required = true };
    private static readonly Option<string?> With = new("--with") { Description = "与另一单位（代码或名称）同年度对比；省略则与上一年度对比" };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<string> Format = new Option<string>("--format") { Description = "输出格式", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "json");
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("compare", "对比：同一单位与上一年度，或两个单位同一年度，逐格列出数值和增减") { Agency, With, Year, Format, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var queries = new StoreQueries(store);
            var agency = result.GetValue(Agency)!;
            var year = result.GetValue(Year);
            var comparison = result.GetValue(With) is { } other ? queries.UnitVersusUnit(agency, other, year) : queries.YearOverYear(agency, year);
            if (comparison is null)
            {
                error.WriteLine($"数据库中没有“{agency}”的 {year} 年度报告。");
                return ExitCodes.UnusableInput;
            }

            if (result.GetValue(Format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    comparison.LeftLabel,
                    comparison.RightLabel,
                    Left = comparison.Left?.UnitName ?? comparison.Left?.Agency,
                    Right = comparison.Right?.UnitName ?? comparison.Right?.Agency,
                    comparison.LeftIndicators,
                    comparison.RightIndicators,
                    Cells = comparison.Cells.Select(c => new { c.Cell.Table, c.Cell.Row, c.Cell.Column, c.Left, c.Right, c.Change }),
                }, Store.StoreJson.Indented));
                return ExitCodes.Ok;
            }

            output.WriteLine($"■ {comparison.LeftLabel}（{Describe(comparison.Left)}）→ {comparison.RightLabel}（{Describe(comparison.Right)}）");
            output.WriteLine();
            var byCell = comparison.Cells.ToDictionary(c => c.Cell);
            CellTableFormatter.Write(output, [.. comparison.Cells.Select(c => c.Cell)], [comparison.LeftLabel, comparison.RightLabel], cell =>
            {
                var c = byCell[cell];
                var change = c.Change is { } d and not 0 ? $"（{(d > 0 ? "+" : "")}{CellTableFormatter.Number(d)}）" : "";
                return [CellTableFormatter.Number(c.Left), CellTableFormatter.Number(c.Right) + change];
            });
            output.Write($"{comparison.LeftLabel} ");
            RollupCommand.WriteIndicators(output, comparison.LeftIndicators);
            output.Write($"{comparison.RightLabel} ");
            RollupCommand.WriteIndicators(output, comparison.RightIndicators);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Describe(Store.StoredReport? report) =>
        report is null ? "无报告" : $"{report.UnitName ?? report.Agency} {report.Year}年 第{report.Version}版";
}
