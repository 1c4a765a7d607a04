using System.Globalization;
using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Appeals;
using Gongkai.Application.Cases.Deadlines;
using Gongkai.Application.Cases.Letters;
using Gongkai.Application.Cases.Profiles;
using Gongkai.Core.Cases;
using Gongkai.Reporting.Letters;

namespace Gongkai.Cli.Formatting;

/// <summary>The <c>cases</c> verbs' text output, in Chinese.</summary>
internal static class CaseTextFormatter
{
    /// <summary>One case: particulars, the deadline explained, steps, letters, appeals and what may follow.</summary>
    public static void Show(TextWriter output, CaseView view)
    {
        var c = view.Case;
        output.WriteLine($"申请 {c.Number}（{view.UnitName}）  编号 {c.Id}  第 {N(view.Version)} 版");
        output.WriteLine($"申请人：{c.Applicant.Name}（{ApplicantKinds.Label(c.Applicant.Kind)}）{Optional("证件", c.Applicant.IdDocument)}{Optional("联系方式", c.Applicant.Contact)}{Optional("地址", c.Applicant.Address)}");
        output.WriteLine($"提交方式：{SubmissionChannels.Label(c.Channel)}  到达：{D(c.Arrived)}{(c.Confirmed is { } confirmed ? $"  确认：{D(confirmed)}" : "")}  收到申请之日：{D(c.Received)}");
        output.WriteLine($"  {view.ReceiptRule}");
        output.WriteLine($"申请内容：{c.Content}");
        if (c.ProvisionForm is { } form)
        {
            output.WriteLine($"提供方式：{form}");
        }

        if (c.Attachments.Count > 0)
        {
            output.WriteLine($"附件：{string.Join("、", c.Attachments)}");
        }

        output.WriteLine($"经办人：{c.Assignee ?? "（未指定）"}");
        output.WriteLine(view.OutcomeLabel is { } outcome
            ? $"状态：已于 {D(c.ClosedOn!.Value)} 办结，{outcome}"
            : $"状态：办理中，{Left(view.WorkingDaysLeft)}");
        output.WriteLine();
        output.Write(view.Deadline.Describe());
        output.WriteLine();
        output.WriteLine(c.Steps.Count == 0 ? "办理步骤：（尚无）" : "办理步骤：");
        foreach (var step in c.Steps)
        {
            output.WriteLine($"  {D(step.Date)} {CaseStepKinds.Label(CaseStepKinds.Of(step))}（{step.By}）{Details(step)}");
        }

        if (view.Letters.Count > 0)
        {
            output.WriteLine("文书：");
            foreach (var letter in view.Letters)
            {
                output.WriteLine($"  #{N(letter.Id)} {letter.FileName}（{letter.CreatedBy}，{letter.CreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}）");
            }
        }

        if (view.Appeals.Count > 0)
        {
            output.WriteLine("复议、诉讼：");
            foreach (var appeal in view.Appeals)
            {
                output.WriteLine($"  {appeal.Id} {AppealLabels.Kind(appeal.Kind)}  提起 {D(appeal.Filed)}  {AppealLabels.Result(appeal.Result)}{(appeal.Decided is { } day ? $"（{D(day)}）" : "")}");
            }
        }

        if (view.NextSteps.Count > 0)
        {
            output.WriteLine($"可以登记的下一步：{string.Join("、", view.NextSteps.Select(s => s.Label))}");
        }
    }

    /// <summary>A page of cases, one per line.</summary>
    public static void List(TextWriter output, ListCasesResult list)
    {
        foreach (var row in list.Rows)
        {
            var s = row.Summary;
            var state = s.Outcome is { } outcome
                ? $"已办结 {D(s.ClosedOn!.Value)} {CaseOutcomes.Label(outcome)}"
                : s.Due is { } due ? $"期限 {D(due)}，{Left(row.WorkingDaysLeft ?? 0)}" : "办理中";
            output.WriteLine($"{s.Id}\t{s.UnitId}\t{s.Number}\t{s.ApplicantName}\t收到 {D(s.Received)}\t{s.Assignee ?? "-"}\t{state}");
        }

        output.WriteLine($"共 {N(list.Rows.Count)} 件{(list.HasMore ? "，还有更多（用 --page 翻页）" : "")}。");
    }

    /// <summary>A generated letter: where it went and what was left to fill in.</summary>
    public static void Letter(TextWriter output, CaseLetter letter, string path)
    {
        output.WriteLine($"已生成{LetterKinds.Title(letter.Kind)}（文书 #{N(letter.Id)}）：{path}");
        foreach (var warning in letter.Warnings)
        {
            output.WriteLine($"注意：{warning}");
        }
    }

    /// <summary>A unit's case profile.</summary>
    public static void Profile(TextWriter output, CaseProfileView view)
    {
        var p = view.Profile;
        output.WriteLine($"单位：{p.UnitId} {view.UnitName}");
        output.WriteLine($"文书机关名称：{view.AgencyName}");
        output.WriteLine($"复议机关：{p.ReconsiderationBody ?? "（未填写）"}");
        output.WriteLine($"管辖法院：{p.Court ?? "（未填写）"}");
        output.WriteLine($"联系电话：{p.Telephone ?? "（未填写）"}");
        output.WriteLine($"地址：{p.Address ?? "（未填写）"}");
        output.WriteLine($"默认经办人：{p.Handler ?? "（未填写）"}");
        output.WriteLine($"提醒邮箱：{p.ReminderEmail ?? "（未填写）"}");
        output.WriteLine(view.Templates.Count == 0 ? "文书模板：全部使用默认模板" : "本单位文书模板（其余使用默认模板）：");
        foreach (var template in view.Templates)
        {
            var title = CaseLetterKinds.FromStoredName(template.Kind) is { } kind ? LetterKinds.Title(kind) : template.Kind;
            output.WriteLine($"  {title}：{template.FileName}（{template.UpdatedBy}）");
        }
    }

    /// <summary>A recorded appeal.</summary>
    public static void Appeal(TextWriter output, CaseAppeal appeal) =>
        output.WriteLine($"已登记{AppealLabels.Kind(appeal.Kind)}（编号 {appeal.Id}）：提起 {D(appeal.Filed)}，{AppealLabels.Result(appeal.Result)}{(appeal.Decided is { } day ? $"（{D(day)}）" : "")}。");

    private static string Details(CaseStep step) => step switch
    {
        CorrectionRequested s => $"：{s.Items}；补正期限 {D(s.SupplementDue)}",
        ConsultationStarted s => $"：{CaseInputs.Label(s.Party)} {s.PartyName}",
        ConsultationAnswered s => $"：{CaseInputs.Label(s.Party)}",
        Extended s => $"：延长 {N(s.WorkingDays)} 个工作日，批准人 {s.ApprovedBy}，理由：{s.Reason}",
        FeeNoticed s => $"：{CaseInputs.Label(s.Mode)} {N(s.Quantity)}{(s.Mode == FeeMode.PerItem ? "件" : "页")}，{s.AmountYuan.ToString("0.##", CultureInfo.InvariantCulture)} 元",
        Decided s => $"：{CaseOutcomes.Label(s.Outcome)}；依据 {s.Basis}{(s.Reason is { } reason ? $"；理由：{reason}" : "")}",
        Delivered s => $"：{s.Method}",
        Withdrawn { Reason: { } reason } => $"：{reason}",
        _ => "",
    };

    private static string Left(int days) => days switch
    {
        < 0 => $"已逾期 {N(-days)} 个工作日",
        0 => "今天到期",
        _ => $"剩余 {N(days)} 个工作日",
    };

    private static string Optional(string label, string? value) => value is { Length: > 0 } ? $"  {label}：{value}" : "";

    private static string D(DateOnly day) => DeadlineInput.Format(day);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
