using System.Globalization;
using Gongkai.Application.Cases;
using Gongkai.Core.Cases;

namespace Gongkai.Web.Pages.Cases;

/// <summary>
/// A step as posted from 申请详情 (or the API): its kind and the fields that kind has. <see cref="ToStep"/> makes the
/// Core step record or lists the Chinese problems of the fields; whether the step is allowed now is the use case's
/// (CaseWorkflow.Check).
/// </summary>
public sealed class CaseStepForm
{
    public CaseStepKind Kind { get; set; }

    public int Version { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>补正事项.</summary>
    public string? Items { get; set; }

    /// <summary>补正期限.</summary>
    public DateOnly? SupplementDue { get; set; }

    public ConsultationParty Party { get; set; }

    /// <summary>被征求意见的第三方或机关.</summary>
    public string? PartyName { get; set; }

    /// <summary>延期的工作日数.</summary>
    public int? WorkingDays { get; set; }

    /// <summary>批准人.</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>延期、答复、撤回的理由.</summary>
    public string? Reason { get; set; }

    public FeeMode Mode { get; set; }

    public int? Quantity { get; set; }

    /// <summary>收费金额（元）.</summary>
    public decimal? Amount { get; set; }

    public CaseOutcome Outcome { get; set; }

    /// <summary>法律依据; blank for the outcome's default (CaseOutcomes.Basis).</summary>
    public string? Basis { get; set; }

    /// <summary>送达方式.</summary>
    public string? Method { get; set; }

    /// <summary>Whether to generate the step's letter (文书) with it.</summary>
    public bool GenerateLetter { get; set; }

    /// <summary>The step, or the Chinese problems of its fields.</summary>
    public (CaseStep? Step, IReadOnlyList<string> Problems) ToStep(string by)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Kind))
        {
            return (null, ["请选择办理步骤。"]);
        }

        if (Date is not { } date)
        {
            problems.Add("请填写日期。");
            date = default;
        }

        string Text(string label, string? value, int limit, bool required = true, bool multiline = false)
        {
            if (CaseText.Problem(label, value, limit, required, multiline) is { } problem)
            {
                problems.Add(problem);
            }

            return value?.Trim() ?? "";
        }

        CaseStep? step = Kind switch
        {
            CaseStepKind.CorrectionRequested => new CorrectionRequested(date, by, Text("补正事项", Items, CaseText.LongLimit, multiline: true), Required(SupplementDue, "补正期限", problems)),
            CaseStepKind.CorrectionSupplied => new CorrectionSupplied(date, by),
            CaseStepKind.CorrectionLapsed => new CorrectionLapsed(date, by),
            CaseStepKind.ConsultationStarted => new ConsultationStarted(date, by, Defined(Party, problems), Text("征求意见对象", PartyName, CaseText.ShortLimit)),
            CaseStepKind.ConsultationAnswered => new ConsultationAnswered(date, by, Defined(Party, problems)),
            CaseStepKind.Extended => new Extended(date, by, Required(WorkingDays, "延期工作日数", problems), Text("批准人", ApprovedBy, CaseText.ShortLimit), Text("延期理由", Reason, CaseText.LineLimit, multiline: true)),
            CaseStepKind.FeeNoticed => new FeeNoticed(date, by, Defined(Mode, problems), Required(Quantity, "收费数量", problems), Required(Amount, "收费金额", problems)),
            CaseStepKind.FeePaid => new FeePaid(date, by),
            CaseStepKind.FeeLapsed => new FeeLapsed(date, by),
            CaseStepKind.Decided => Decision(date, by, problems, Text("理由", Reason, CaseText.LongLimit, required: false, multiline: true)),
            CaseStepKind.Delivered => new Delivered(date, by, Text("送达方式", Method, CaseText.ShortLimit)),
            CaseStepKind.Withdrawn => new Withdrawn(date, by, CaseText.Clean(Text("撤回理由", Reason, CaseText.LineLimit, required: false, multiline: true))),
            _ => null,
        };
        return problems.Count == 0 ? (step, []) : (null, problems);
    }

    private Decided Decision(DateOnly date, string by, List<string> problems, string reason)
    {
        var outcome = Defined(Outcome, problems);
        if (CaseText.Problem("法律依据", Basis, CaseText.LineLimit) is { } problem)
        {
            problems.Add(problem);
        }

        var basis = CaseText.Clean(Basis) ?? (Enum.IsDefined(outcome) ? CaseOutcomes.Basis(outcome) : "");
        return new Decided(date, by, outcome, basis, reason.Length == 0 ? null : reason);
    }

    private static T Required<T>(T? value, string label, List<string> problems) where T : struct
    {
        if (value is { } v)
        {
            return v;
        }

        problems.Add($"请填写“{label}”。");
        return default;
    }

    private static T Defined<T>(T value, List<string> problems) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            problems.Add($"“{value.ToString()}”不是可选的值。");
        }

        return value;
    }

    /// <summary>A date for an <c>input type=date</c>.</summary>
    public static string DateValue(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
