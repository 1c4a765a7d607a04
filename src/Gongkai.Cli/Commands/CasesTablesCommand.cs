using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Tables;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai cases tables --agency UNIT --year Y [--edition 2019|2021] [--compare] [--json]</c>: tables 三 and 四 of a
/// unit's year counted from its cases; with <c>--compare</c>, every cell where the unit's stored report differs, with the
/// cases behind the count.
/// </summary>
internal static class CasesTablesCommand
{
    public static Command Create()
    {
        var agency = new Option<string>("--agency") { Description = "单位（名录代码）", HelpName = "代码", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度", HelpName = "年份", Required = true };
        var edition = new Option<string?>("--edition") { Description = "表格格式：2019 或 2021；默认按年度选择（2020 年度及以前为 2019 版）", HelpName = "格式" };
        var compare = new Option<bool>("--compare") { Description = "与数据库中该单位该年度的年度报告（已公开的优先）逐格比对，列出不一致的单元格及对应办件" };
        var json = new Option<bool>("--json") { Description = "输出 JSON：规范 JSON 格式的表三、表四（docs/report-json.md）及比对结果" };
        var db = StoreOptions.Database();
        var command = new Command("tables", "按办理台账统计年度报告表三（依申请公开情况）、表四（复议诉讼情况），可与已入库的年度报告比对")
        {
            agency, year, edition, compare, json, db,
        };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var options = new CaseTablesOptions
            {
                Scope = AccessScope.All,
                UnitCode = result.GetValue(agency) ?? "",
                Year = result.GetValue(year),
                Edition = result.GetValue(edition),
            };
            var comparison = result.GetValue(compare)
                ? CompareCaseTables.Run(store, options)
                : new CaseTablesComparison { Tables = BuildCaseTables.Run(store, options) };
            if (comparison.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            if (comparison.Tables.EditionNote is { } note)
            {
                error.WriteLine(note);
            }

            if (result.GetValue(json))
            {
                output.WriteLine(CaseTablesFormatter.Json(comparison, result.GetValue(compare)));
            }
            else
            {
                CaseTablesFormatter.Text(output, comparison, result.GetValue(compare));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
