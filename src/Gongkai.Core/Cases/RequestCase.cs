namespace Gongkai.Core.Cases;

/// <summary>
/// One application for disclosure (依申请公开) and the steps taken on it, as the register of 条例 art. 45 keeps it.
/// Immutable: <see cref="CaseWorkflow.Apply"/> returns the case with one more step.
/// </summary>
public sealed record RequestCase
{
    /// <summary>The case's identifier in the store.</summary>
    public required string Id { get; init; }

    /// <summary>The unit (agency) handling it.</summary>
    public required string UnitId { get; init; }

    /// <summary>The registry number staff and letters cite.</summary>
    public required string Number { get; init; }

    /// <summary>Who applied.</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>How it was submitted.</summary>
    public required SubmissionChannel Channel { get; init; }

    /// <summary>The day it arrived.</summary>
    public required DateOnly Arrived { get; init; }

    /// <summary>The day the receipt was confirmed with the applicant, for the channels that need it (art. 31).</summary>
    public DateOnly? Confirmed { get; init; }

    /// <summary>The receipt date (收到申请之日, <see cref="ReceiptRules.ReceiptDate"/>): the clock runs from it.</summary>
    public required DateOnly Received { get; init; }

    /// <summary>The information requested (名称、文号或者其他特征性描述, art. 29(二)).</summary>
    public required string Content { get; init; }

    /// <summary>The form and route of provision requested (art. 29(三)).</summary>
    public string? ProvisionForm { get; init; }

    /// <summary>Names of the files attached to the application.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>The person handling it.</summary>
    public string? Assignee { get; init; }

    /// <summary>The steps taken, in order.</summary>
    public IReadOnlyList<CaseStep> Steps { get; init; } = [];

    /// <summary>The step that closed the case (decision, lapse of 补正 or fee, withdrawal), if any.</summary>
    public CaseStep? ClosingStep => Steps.FirstOrDefault(CaseWorkflow.Closes);

    /// <summary>How the case ended, or <see langword="null"/> while it is open.</summary>
    public CaseOutcome? Outcome => ClosingStep switch
    {
        Decided decided => decided.Outcome,
        CorrectionLapsed => CaseOutcome.NoCorrection,
        FeeLapsed => CaseOutcome.UnpaidFee,
        Withdrawn => CaseOutcome.Other,
        _ => null,
    };

    /// <summary>The day the case closed (its closing step's date), or <see langword="null"/> while it is open.</summary>
    public DateOnly? ClosedOn => ClosingStep?.Date;

    /// <summary>Whether the case is open at the end of <paramref name="day"/>: received by then and not closed by then.</summary>
    public bool IsOpenOn(DateOnly day) => Received <= day && (ClosedOn is not { } closed || closed > day);
}
