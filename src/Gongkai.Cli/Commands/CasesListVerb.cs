using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Cli.Formatting;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases list</c>: cases by their deadline, with filters.</summary>
internal static class CasesListVerb
{
    public static Command Create()
    {
        var unit = new Option<string?>("--unit") { Description = "只列出该单位（名录代码）的申请", HelpName = "代码" };
        var assignee = new Option<string?>("--assignee") { Description = "只列出该经办人的申请", HelpName = "姓名" };
        var due = new Option<int?>("--due") { Description = "只列出今后该数目的工作日内到期、尚未逾期的申请", HelpName = "工作日数" };
        var overdue = new Option<bool>("--overdue") { Description = "只列出已逾期未办结的申请" };
        var open = new Option<bool>("--open") { Description = "只列出未办结的申请" };
        var year = new Option<int?>("--year") { Description = "只列出该年收到的申请", HelpName = "年份" };
        var text = new Option<string?>("--text") { Description = "只列出编号或申请人包含该文字的申请", HelpName = "文字" };
        var page = new Option<int>("--page") { Description = "页码（每页 50 件），默认 1", HelpName = "页码", DefaultValueFactory = _ => 1 };
        var db = StoreOptions.Database();
        var command = new Command("list", "按答复期限列出申请（最早到期的在前）") { unit, assignee, due, overdue, open, year, text, page, db };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var list = ListCases.Run(store, new ListCasesOptions
            {
                Scope = AccessScope.All,
                UnitId = result.GetValue(unit),
                Assignee = result.GetValue(assignee),
                DueWithinWorkingDays = result.GetValue(due),
                OverdueOnly = result.GetValue(overdue),
                OpenOnly = result.GetValue(open),
                ReceivedYear = result.GetValue(year),
                Text = result.GetValue(text),
                Page = result.GetValue(page),
            });
            if (list.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            CaseTextFormatter.List(output, list);
            return ExitCodes.Ok;
        });
        return command;
    }
}
