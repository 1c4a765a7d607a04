using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>What a page or the CLI shows for one case.</summary>
public sealed record CaseView
{
    /// <summary>The case with its steps.</summary>
    public required RequestCase Case { get; init; }

    /// <summary>The stored version: a change names it (<see cref="RecordCaseStepOptions.ExpectedVersion"/>).</summary>
    public required int Version { get; init; }

    /// <summary>The handling unit's name in the registry.</summary>
    public required string UnitName { get; init; }

    /// <summary>The answer deadline (as of today, or of the closing day for a closed case).</summary>
    public required DateOnly Due { get; init; }

    /// <summary>Working days from today to <see cref="Due"/>: 0 on the day itself, negative once overdue.</summary>
    public required int WorkingDaysLeft { get; init; }

    /// <summary>Whether the case is open and past its deadline.</summary>
    public bool Overdue => Case.ClosedOn is null && WorkingDaysLeft < 0;

    /// <summary>The deadline's explanation: the days counted, skipped with reasons, pauses, extension, warnings.</summary>
    public required DeadlineExplanation Deadline { get; init; }

    /// <summary>Which rule of 条例 art. 31 set the receipt date, in Chinese.</summary>
    public required string ReceiptRule { get; init; }

    /// <summary>The steps taken, in order (the case's own).</summary>
    public IReadOnlyList<CaseStep> Steps => Case.Steps;

    /// <summary>The letters generated and stored on the case, oldest first.</summary>
    public required IReadOnlyList<StoredCaseLetter> Letters { get; init; }

    /// <summary>The 复议 and 诉讼 about the case.</summary>
    public required IReadOnlyList<CaseAppeal> Appeals { get; init; }

    /// <summary>The kinds of step allowed now (<see cref="CaseNextSteps"/>); empty for a reader who may not write.</summary>
    public required IReadOnlyList<CaseNextStep> NextSteps { get; init; }

    /// <summary>The table 三 row label of the outcome (2021 format), or <see langword="null"/> while open.</summary>
    public string? OutcomeLabel => Case.Outcome is { } outcome ? CaseOutcomes.Label(outcome) : null;

    /// <summary>Whether the caller may record steps, letters and appeals on it (<see cref="CaseAccess.MayWrite"/>).</summary>
    public required bool CanWrite { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was saved last.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
