using System.Globalization;
using Gongkai.Core.Cases;
using F = Gongkai.Application.Cases.Registers.RegisterField;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// The steps a register row records, in the order they are applied: by date, and on the same day in the order a
/// case moves (补正 before its supplement, a consultation before its answer, … the closing step, then 送达).
/// </summary>
internal static class RegisterSteps
{
    public static List<CaseStep> Read(RegisterCells cell, string by)
    {
        var steps = new List<CaseStep>();
        if (cell.Date(F.CorrectionRequested) is { } requested)
        {
            var due = cell.Date(F.CorrectionDue);
            var items = cell.Text(F.CorrectionItems);
            if (due is null)
            {
                cell.Fail(F.CorrectionDue, "填写了补正告知日期，须填写补正期限。");
            }

            if (items is null)
            {
                cell.Fail(F.CorrectionItems, "填写了补正告知日期，须填写补正事项。");
            }

            steps.Add(new Core.Cases.CorrectionRequested(requested, by, items ?? "", due ?? requested));
        }

        if (cell.Date(F.CorrectionSupplied) is { } supplied)
        {
            steps.Add(new Core.Cases.CorrectionSupplied(supplied, by));
        }

        ReadConsultations(cell, by, steps);
        if (cell.Date(F.Extended) is { } extended)
        {
            var days = cell.Integer(F.ExtensionDays);
            if (days is null)
            {
                cell.Fail(F.ExtensionDays, "填写了延期日期，须填写延期天数。");
            }

            steps.Add(new Core.Cases.Extended(extended, by, days ?? 0, cell.Text(F.ExtensionApprover) ?? "", cell.Text(F.ExtensionReason) ?? ""));
        }

        if (cell.Date(F.FeeNoticed) is { } noticed)
        {
            var mode = cell.Choice(F.FeeMode, RegisterValues.FeeMode, RegisterValues.FeeModeLabels, required: true);
            var quantity = cell.Integer(F.FeeQuantity);
            var amount = cell.Money(F.FeeAmount);
            if (quantity is null)
            {
                cell.Fail(F.FeeQuantity, "填写了收费通知日期，须填写计费数量。");
            }

            if (amount is null)
            {
                cell.Fail(F.FeeAmount, "填写了收费通知日期，须填写收费金额。");
            }

            steps.Add(new Core.Cases.FeeNoticed(noticed, by, mode ?? Core.Cases.FeeMode.PerItem, quantity ?? 0, amount ?? 0));
        }

        if (cell.Date(F.FeePaid) is { } paid)
        {
            steps.Add(new Core.Cases.FeePaid(paid, by));
        }

        ReadClosing(cell, by, steps);
        if (cell.Date(F.Delivered) is { } delivered)
        {
            steps.Add(new Core.Cases.Delivered(delivered, by, cell.Text(F.DeliveryMethod) ?? ""));
        }

        return [.. steps.Select((s, i) => (Step: s, Index: i)).OrderBy(s => s.Step.Date).ThenBy(s => s.Index).Select(s => s.Step)];
    }

    /// <summary>The step in a message: its name and date.</summary>
    public static string Describe(CaseStep step) => $"{Name(step)} {step.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Name(CaseStep step) => step switch
    {
        Core.Cases.CorrectionRequested => "补正告知",
        Core.Cases.CorrectionSupplied => "收到补正材料",
        CorrectionLapsed => "逾期未补正",
        Core.Cases.ConsultationStarted => "征求意见",
        Core.Cases.ConsultationAnswered => "意见答复",
        Core.Cases.Extended => "延期",
        Core.Cases.FeeNoticed => "收费通知",
        Core.Cases.FeePaid => "缴费",
        FeeLapsed => "逾期未缴费",
        Decided => "答复",
        Core.Cases.Delivered => "送达",
        Core.Cases.Withdrawn => "撤回",
        _ => "办理步骤",
    };

    // Several consultations: the four columns list them in the same order, separated by ；.
    private static void ReadConsultations(RegisterCells cell, string by, List<CaseStep> steps)
    {
        var parties = cell.List(F.ConsultationParty);
        var names = cell.List(F.ConsultationPartyName);
        var started = cell.List(F.ConsultationStarted);
        var answered = cell.List(F.ConsultationAnswered);
        var count = new[] { parties.Count, names.Count, started.Count }.Max();
        if (count == 0)
        {
            if (answered.Any(a => a.Length > 0))
            {
                cell.Fail(F.ConsultationAnswered, "没有征求意见日期，不能填写意见答复日期。");
            }

            return;
        }

        if (parties.Count != count || names.Count != count || started.Count != count || answered.Count > count)
        {
            cell.Fail(F.ConsultationParty, $"征求意见的类型、对象、日期须一一对应（用“；”分隔），现为 {parties.Count}、{names.Count}、{started.Count} 项。");
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var party = cell.Parsed(F.ConsultationParty, parties[i], RegisterValues.Party, RegisterValues.PartyLabels);
            var start = RegisterValues.Date(started[i]);
            if (start is null)
            {
                cell.Fail(F.ConsultationStarted, $"“{started[i]}” 不是日期。");
            }

            if (party is null || start is null)
            {
                continue;
            }

            steps.Add(new Core.Cases.ConsultationStarted(start.Value, by, party.Value, names[i]));
            if (i < answered.Count && answered[i].Length > 0)
            {
                if (RegisterValues.Date(answered[i]) is { } answer)
                {
                    steps.Add(new Core.Cases.ConsultationAnswered(answer, by, party.Value));
                }
                else
                {
                    cell.Fail(F.ConsultationAnswered, $"“{answered[i]}” 不是日期。");
                }
            }
        }
    }

    // The closing step: a withdrawal, a lapse (outcome 逾期不补正 / 逾期未缴费 on 答复日期) or the decision.
    private static void ReadClosing(RegisterCells cell, string by, List<CaseStep> steps)
    {
        var outcome = cell.Choice(F.Outcome, RegisterValues.Outcome, RegisterValues.OutcomeLabels);
        var decided = cell.Date(F.Decided);
        if (cell.Date(F.Withdrawn) is { } withdrawn)
        {
            if (outcome is { } o && o != CaseOutcome.Other)
            {
                cell.Fail(F.Outcome, $"已填写撤回日期，办理结果应为“{RegisterLabels.Outcome(CaseOutcome.Other)}”或留空，而不是“{RegisterLabels.Outcome(o)}”。");
            }

            if (decided is not null)
            {
                cell.Fail(F.Decided, "已填写撤回日期，不能再填写答复日期。");
            }

            steps.Add(new Core.Cases.Withdrawn(withdrawn, by, cell.Text(F.WithdrawalReason)));
            return;
        }

        if (outcome is null)
        {
            if (decided is not null)
            {
                cell.Fail(F.Outcome, "填写了答复日期，须填写办理结果。");
            }

            return;
        }

        if (decided is not { } date)
        {
            cell.Fail(F.Decided, "填写了办理结果，须填写答复日期。");
            return;
        }

        steps.Add(outcome switch
        {
            CaseOutcome.NoCorrection => new CorrectionLapsed(date, by),
            CaseOutcome.UnpaidFee => new FeeLapsed(date, by),
            _ => new Decided(date, by, outcome.Value, cell.Text(F.Basis) ?? CaseOutcomes.Basis(outcome.Value), cell.Text(F.DecisionReason)),
        });
    }
}
