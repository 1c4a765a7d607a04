using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases;
using Gongkai.Cli.Formatting;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases step ID --kind 补正 …</c>: records one step on a case, checked against the workflow (条例 art. 30–33, 42).</summary>
internal static class CasesStepVerb
{
    private static readonly Option<string> Kind = new("--kind") { Description = $"步骤：{string.Join("|", CaseStepKinds.All.Select(CaseStepKinds.Label))}", HelpName = "步骤", Required = true };
    private static readonly Option<string?> Date = new("--date") { Description = "步骤的日期（YYYY-MM-DD），默认今天", HelpName = "日期" };
    private static readonly Option<string?> Items = new("--items") { Description = "补正：需要补正的全部事项", HelpName = "事项" };
    private static readonly Option<string?> SupplementDue = new("--supplement-due") { Description = "补正：补正期限届满之日", HelpName = "日期" };
    private static readonly Option<string?> Party = new("--party") { Description = $"征求意见、意见收到：{CaseInputs.ThirdParty} 或 {CaseInputs.OtherAgency}，默认{CaseInputs.ThirdParty}", HelpName = "对象" };
    private static readonly Option<string?> PartyName = new("--party-name") { Description = "征求意见：被征求意见的单位或个人", HelpName = "名称" };
    private static readonly Option<int?> Days = new("--days") { Description = "延期：延长的工作日数（不超过 20）", HelpName = "工作日数" };
    private static readonly Option<string?> ApprovedBy = new("--approved-by") { Description = "延期：批准的政府信息公开工作机构负责人", HelpName = "姓名" };
    private static readonly Option<string?> Reason = new("--reason") { Description = "延期、答复、撤回：理由", HelpName = "理由" };
    private static readonly Option<string?> Mode = new("--mode") { Description = $"收费：{CaseInputs.PerItem} 或 {CaseInputs.PerVolume}", HelpName = "方式" };
    private static readonly Option<int?> Quantity = new("--quantity") { Description = "收费：件数或页数", HelpName = "数量" };
    private static readonly Option<decimal?> Amount = new("--amount") { Description = "收费：金额（元）；按量计收时默认按国办函〔2020〕109号计算，按件计收须填写", HelpName = "元" };
    private static readonly Option<string?> Outcome = new("--outcome") { Description = "答复：表三中的处理结果（如 予以公开、部分公开、国家秘密、本机关不掌握）", HelpName = "结果" };
    private static readonly Option<string?> Basis = new("--basis") { Description = "答复：法律依据，默认为该结果的条例条款", HelpName = "依据" };
    private static readonly Option<string?> Method = new("--method") { Description = "送达：送达方式，默认当面", HelpName = "方式" };
    private static readonly Option<int?> Version = new("--version") { Description = "修改所基于的版本（cases show 显示），默认为当前版本", HelpName = "版本" };
    private static readonly Option<string?> Letter = new("--letter") { Description = "同时生成该步骤的文书并保存到该文件（.docx）", HelpName = "文件" };

    public static Command Create()
    {
        var id = new Argument<string>("申请编号") { Description = "申请的编号" };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("step", "登记一件申请的办理步骤（补正、征求意见、延期、收费、答复、送达、撤回等），并重新计算答复期限")
        {
            id, Kind, Date, Items, SupplementDue, Party, PartyName, Days, ApprovedBy, Reason, Mode, Quantity, Amount, Outcome, Basis, Method, Version, Letter, user, db,
        };
        command.SetStoreAction(db, (result, store, output, error) =>
        {
            var caseId = result.GetValue(id)!;
            var by = CaseVerbs.UserOf(result, user);
            if (CaseStepKinds.Parse(result.GetValue(Kind)!) is not { } kind)
            {
                return CaseVerbs.BadChoice(error, "--kind", $"“{result.GetValue(Kind)}”无效，可选：{string.Join("、", CaseStepKinds.All.Select(CaseStepKinds.Label))}。");
            }

            if (!CaseVerbs.TryDate(result.GetValue(Date), "--date", error, out var date))
            {
                return ExitCodes.BadUsage;
            }

            var current = GetCase.Run(store, new GetCaseOptions { Scope = AccessScope.All, CaseId = caseId });
            if (current.Failure is { } notFound)
            {
                return CaseVerbs.Fail(error, notFound, result);
            }

            var (step, exit) = Build(result, kind, date ?? CaseToday.Now(), by, error);
            if (step is null)
            {
                return exit;
            }

            var recorded = RecordCaseStep.Run(store, new RecordCaseStepOptions
            {
                Scope = AccessScope.All,
                User = by,
                CaseId = caseId,
                ExpectedVersion = result.GetValue(Version) ?? current.Case!.Version,
                Step = step,
                GenerateLetter = result.GetValue(Letter) is not null,
            });
            if (recorded.Case is null)
            {
                return CaseVerbs.Fail(error, recorded.Failure!, result);
            }

            var view = recorded.Case;
            output.WriteLine(view.OutcomeLabel is { } outcome
                ? $"已登记“{CaseStepKinds.Label(kind)}”：申请 {view.Case.Number} 已办结（{outcome}），第 {view.Version} 版。"
                : $"已登记“{CaseStepKinds.Label(kind)}”：申请 {view.Case.Number} 的答复期限为 {Application.Cases.Deadlines.DeadlineInput.Format(view.Due)}，第 {view.Version} 版。");
            if (recorded.Letter is { } letter)
            {
                if (!CaseVerbs.TryWrite(result.GetValue(Letter)!, letter.Docx, error))
                {
                    return ExitCodes.UnusableInput;
                }

                CaseTextFormatter.Letter(output, letter, result.GetValue(Letter)!);
            }
            else if (result.GetValue(Letter) is not null && recorded.Failure is null)
            {
                output.WriteLine($"注意：“{CaseStepKinds.Label(kind)}”没有对应的文书，未生成文件。");
            }

            return recorded.Failure is { } letterFailure ? CaseVerbs.Fail(error, letterFailure, result) : ExitCodes.Ok;
        }, writes: true);
        return command;
    }

    // The step record of `kind` from the options; a missing or bad option is a command-line error.
    private static (CaseStep? Step, int Exit) Build(ParseResult result, CaseStepKind kind, DateOnly date, string by, TextWriter error)
    {
        string? problem = null;
        ConsultationParty? party = result.GetValue(Party) is { } partyText ? CaseInputs.Party(partyText, out problem) : ConsultationParty.ThirdParty;
        switch (kind)
        {
            case CaseStepKind.CorrectionRequested:
                if (!CaseVerbs.TryDate(result.GetValue(SupplementDue), "--supplement-due", error, out var supplementDue))
                {
                    return (null, ExitCodes.BadUsage);
                }

                return supplementDue is null
                    ? Missing(error, "--supplement-due", kind)
                    : (new CorrectionRequested(date, by, result.GetValue(Items) ?? "", supplementDue.Value), 0);
            case CaseStepKind.CorrectionSupplied:
                return (new CorrectionSupplied(date, by), 0);
            case CaseStepKind.CorrectionLapsed:
                return (new CorrectionLapsed(date, by), 0);
            case CaseStepKind.ConsultationStarted or CaseStepKind.ConsultationAnswered when party is null:
                return (null, CaseVerbs.BadChoice(error, "--party", problem));
            case CaseStepKind.ConsultationStarted:
                return (new ConsultationStarted(date, by, party!.Value, result.GetValue(PartyName) ?? ""), 0);
            case CaseStepKind.ConsultationAnswered:
                return (new ConsultationAnswered(date, by, party!.Value), 0);
            case CaseStepKind.Extended:
                return result.GetValue(Days) is not { } days
                    ? Missing(error, "--days", kind)
                    : (new Extended(date, by, days, result.GetValue(ApprovedBy) ?? "", result.GetValue(Reason) ?? ""), 0);
            case CaseStepKind.FeeNoticed:
                return Fee(result, date, by, error);
            case CaseStepKind.FeePaid:
                return (new FeePaid(date, by), 0);
            case CaseStepKind.FeeLapsed:
                return (new FeeLapsed(date, by), 0);
            case CaseStepKind.Decided:
                if (result.GetValue(Outcome) is not { } outcomeText)
                {
                    return Missing(error, "--outcome", kind);
                }

                if (CaseInputs.Outcome(outcomeText, out problem) is not { } outcome)
                {
                    return (null, CaseVerbs.BadChoice(error, "--outcome", problem));
                }

                return (new Decided(date, by, outcome, result.GetValue(Basis) ?? CaseOutcomes.Basis(outcome), result.GetValue(Reason)), 0);
            case CaseStepKind.Delivered:
                return (new Delivered(date, by, result.GetValue(Method) ?? "当面"), 0);
            default:
                return (new Withdrawn(date, by, result.GetValue(Reason)), 0);
        }
    }

    private static (CaseStep?, int) Fee(ParseResult result, DateOnly date, string by, TextWriter error)
    {
        if (result.GetValue(Mode) is not { } modeText)
        {
            return Missing(error, "--mode", CaseStepKind.FeeNoticed);
        }

        if (CaseInputs.Fee(modeText, out var problem) is not { } mode)
        {
            return (null, CaseVerbs.BadChoice(error, "--mode", problem));
        }

        if (result.GetValue(Quantity) is not { } quantity)
        {
            return Missing(error, "--quantity", CaseStepKind.FeeNoticed);
        }

        // 按件 depends on the applicant's other items this month (国办函〔2020〕109号), which the clerk knows: no default.
        var amount = result.GetValue(Amount) ?? (mode == FeeMode.PerVolume && quantity > 0 ? (decimal?)FeeCalculator.PerVolume(quantity) : null);
        return amount is null ? Missing(error, "--amount", CaseStepKind.FeeNoticed) : (new FeeNoticed(date, by, mode, quantity, amount.Value), 0);
    }

    private static (CaseStep?, int) Missing(TextWriter error, string option, CaseStepKind kind)
    {
        error.WriteLine($"命令行错误：登记“{CaseStepKinds.Label(kind)}”须给出 {option}。");
        return (null, ExitCodes.BadUsage);
    }
}
