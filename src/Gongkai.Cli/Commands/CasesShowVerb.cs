using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases show ID</c>: one case with its deadline explained day by day, steps, letters and appeals.</summary>
internal static class CasesShowVerb
{
    public static Command Create()
    {
        var id = new Argument<string>("申请编号") { Description = "申请的编号（cases list 第一列）" };
        var db = StoreOptions.Database();
        var command = new Command("show", "查看一件申请：答复期限的计算过程、办理步骤、文书、复议诉讼") { id, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var shown = GetCase.Run(store, new GetCaseOptions { Scope = AccessScope.All, CaseId = result.GetValue(id)! });
            if (shown.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            CaseTextFormatter.Show(output, shown.Case!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
