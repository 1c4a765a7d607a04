using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Comparing;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

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
            var compared = CompareReports.Run(store, new CompareOptions { Scope = AccessScope.All, Agency = result.GetValue(Agency)!, With = result.GetValue(With), Year = result.GetValue(Year) });
            if (compared.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            if (result.GetValue(Format) == "json")
            {
                ComparisonFormatter.WriteJson(output, compared.Comparison!);
            }
            else
            {
                ComparisonFormatter.WriteText(output, compared.Comparison!);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
