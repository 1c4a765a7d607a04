using System.CommandLine;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai cases …</c>: the applications for disclosure (依申请公开) in the store. The command line acts as the
/// 系统管理员 (every unit); <c>--user</c> names who is recorded.
/// </summary>
internal static class CasesCommand
{
    public static Command Create()
    {
        var command = new Command("cases", "依申请公开办理：登记申请、记录办理步骤、查看期限、生成文书、登记复议诉讼、设置单位信息");

        // The verbs, one file each. Add new ones here (tables, import, export, template, remind).
        command.Subcommands.Add(CasesRegisterVerb.Create());
        command.Subcommands.Add(CasesShowVerb.Create());
        command.Subcommands.Add(CasesStepVerb.Create());
        command.Subcommands.Add(CasesListVerb.Create());
        command.Subcommands.Add(CasesLetterVerb.Create());
        command.Subcommands.Add(CasesAppealVerb.Create());
        command.Subcommands.Add(CasesProfileVerb.Create());
        return command;
    }
}
