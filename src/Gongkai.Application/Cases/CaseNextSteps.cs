using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases;

/// <summary>
/// The kinds of step <see cref="CaseWorkflow.Check"/> accepts on a case now, judged by the case's state only (a step's
/// own dates and fields are still checked when it is recorded): what a page offers and the CLI lists.
/// </summary>
public static class CaseNextSteps
{
    /// <summary>The kinds allowed next on <paramref name="c"/>, in <see cref="CaseStepKinds.All"/> order.</summary>
    public static IReadOnlyList<CaseNextStep> For(RequestCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return [.. Allowed(c).Order().Select(k => new CaseNextStep(k, CaseStepKinds.Label(k)))];
    }

    private static HashSet<CaseStepKind> Allowed(RequestCase c)
    {
        // After closing only one 送达.
        if (c.ClosingStep is not null)
        {
            return c.Steps.OfType<Delivered>().Any() ? [] : [CaseStepKind.Delivered];
        }

        var correction = c.Steps.OfType<CorrectionRequested>().Any();
        var supplied = c.Steps.OfType<CorrectionSupplied>().Any();
        var fee = c.Steps.OfType<FeeNoticed>().Any();
        var feeSettled = c.Steps.Any(s => s is FeePaid or FeeLapsed);
        var allowed = new HashSet<CaseStepKind> { CaseStepKind.ConsultationStarted, CaseStepKind.Decided, CaseStepKind.Withdrawn };
        if (!correction)
        {
            allowed.Add(CaseStepKind.CorrectionRequested); // 条例 art. 30: once
        }

        if (!c.Steps.OfType<Extended>().Any())
        {
            allowed.Add(CaseStepKind.Extended); // 条例 art. 33: once
        }

        if (!fee)
        {
            allowed.Add(CaseStepKind.FeeNoticed);
        }

        if (OpenConsultations(c) > 0)
        {
            allowed.Add(CaseStepKind.ConsultationAnswered);
        }

        // While awaiting a supplement or a fee, only it, its lapse or a withdrawal (both awaited: only a withdrawal).
        var awaitingCorrection = correction && !supplied;
        var awaitingFee = fee && !feeSettled;
        if (awaitingCorrection || awaitingFee)
        {
            allowed = [CaseStepKind.Withdrawn];
            if (awaitingCorrection && !awaitingFee)
            {
                allowed.UnionWith([CaseStepKind.CorrectionSupplied, CaseStepKind.CorrectionLapsed]);
            }

            if (awaitingFee && !awaitingCorrection)
            {
                allowed.UnionWith([CaseStepKind.FeePaid, CaseStepKind.FeeLapsed]);
            }
        }

        return allowed;
    }

    private static int OpenConsultations(RequestCase c) =>
        c.Steps.OfType<ConsultationStarted>().Count() - c.Steps.OfType<ConsultationAnswered>().Count();
}
