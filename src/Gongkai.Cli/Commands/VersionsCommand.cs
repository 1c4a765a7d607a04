using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Versions;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai versions --agency A --year Y</c>: every stored version of a report, which one is current and why, the
/// files that gave each, and the cells each changed against the version before.
/// </summary>
internal static class VersionsCommand
{
    private static readonly Option<string> Agency = new("--agency") { Description = "单位代码或名称", Required = true };
    private static readonly Option<int> Year = new("--year") { Description = "年度", Required = true };
    private static readonly Option<string?> Db = StoreOptions.Database();

    public static Command Create()
    {
        var command = new Command("versions", "查看一份报告的全部版本：哪个是当前版本、各版本的来源文件和错误警告数、与上一版相比改动的单元格") { Agency, Year, Db };
        command.SetStoreAction(Db, (result, store, output, error) =>
        {
            var listed = ListVersions.Run(store, new VersionsOptions { Scope = AccessScope.All, Agency = result.GetValue(Agency)!, Year = result.GetValue(Year) });
            if (listed.Failure is { } failure)
            {
                FailureFormatter.Write(error, failure, result.IsVerbose());
                return ExitCodes.Of(failure.Kind);
            }

            VersionsFormatter.Write(output, listed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
