using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Appeals;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases appeal ID --kind 复议 --filed DATE [--result 维持 --decided DATE] [--appeal 编号]</c>: table 四's appeals.</summary>
internal static class CasesAppealVerb
{
    public static Command Create()
    {
        var id = new Argument<string>("申请编号") { Description = "复议或诉讼所针对的申请" };
        var kind = new Option<string>("--kind") { Description = "类型：行政复议、直接起诉（未经复议直接起诉）或 复议后起诉", HelpName = "类型", Required = true };
        var filed = new Option<string>("--filed") { Description = "提起之日（YYYY-MM-DD）", HelpName = "日期", Required = true };
        var outcome = new Option<string?>("--result") { Description = "结果：维持、纠正、其他 或 尚未审结（默认）", HelpName = "结果" };
        var decided = new Option<string?>("--decided") { Description = "审结之日（有结果时须填）", HelpName = "日期" };
        var appeal = new Option<string?>("--appeal") { Description = "修改已登记的复议或诉讼（其编号）；不给则新登记", HelpName = "编号" };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("appeal", "登记或修改申请的行政复议、行政诉讼（表四）") { id, kind, filed, outcome, decided, appeal, user, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            if (AppealLabels.ParseKind(result.GetValue(kind)!) is not { } appealKind)
            {
                return CaseVerbs.BadChoice(error, "--kind", $"“{result.GetValue(kind)}”无效，可选：{string.Join("、", Enum.GetValues<AppealKind>().Select(AppealLabels.Kind))}。");
            }

            var appealResult = result.GetValue(outcome) is { } text ? AppealLabels.ParseResult(text) : AppealResult.Pending;
            if (appealResult is null)
            {
                return CaseVerbs.BadChoice(error, "--result", $"“{result.GetValue(outcome)}”无效，可选：{string.Join("、", Enum.GetValues<AppealResult>().Select(AppealLabels.Result))}。");
            }

            if (!CaseVerbs.TryDate(result.GetValue(filed), "--filed", error, out var filedOn)
                || !CaseVerbs.TryDate(result.GetValue(decided), "--decided", error, out var decidedOn))
            {
                return ExitCodes.BadUsage;
            }

            var recorded = RecordAppeal.Run(store, new RecordAppealOptions
            {
                Scope = AccessScope.All,
                User = CaseVerbs.UserOf(result, user),
                CaseId = result.GetValue(id)!,
                AppealId = result.GetValue(appeal),
                Kind = appealKind,
                Filed = filedOn!.Value,
                Result = appealResult.Value,
                Decided = decidedOn,
            });
            if (recorded.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            CaseTextFormatter.Appeal(output, recorded.Appeal!);
            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }
}
