namespace Gongkai.Core.Cases;

/// <summary>Where an open case stands: what it is waiting for.</summary>
internal sealed record CaseState(
    CorrectionRequested? Correction,
    bool CorrectionSupplied,
    FeeNoticed? Fee,
    bool FeeSettled,
    IReadOnlyList<ConsultationStarted> OpenConsultations)
{
    public bool AwaitingCorrection => Correction is not null && !CorrectionSupplied;

    public bool AwaitingFee => Fee is not null && !FeeSettled;

    public static CaseState Of(RequestCase c) => new(
        c.Steps.OfType<CorrectionRequested>().FirstOrDefault(),
        c.Steps.OfType<CorrectionSupplied>().Any(),
        c.Steps.OfType<FeeNoticed>().FirstOrDefault(),
        c.Steps.Any(s => s is FeePaid or FeeLapsed),
        [.. CaseTimeline.Consultations(c).Where(span => span.Answered is null).Select(span => span.Started)]);
}
