using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Appeals;

/// <summary>A 复议 or 诉讼 about a case to record (new) or update (its id given), for whom.</summary>
public sealed record RecordAppealOptions
{
    /// <summary>Who is asking: the case must be in the scope, and the scope may write.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name.</summary>
    public required string User { get; init; }

    /// <summary>The case the appeal is about.</summary>
    public required string CaseId { get; init; }

    /// <summary>The appeal to update; <see langword="null"/> to record a new one.</summary>
    public string? AppealId { get; init; }

    /// <summary>Its group of table 四.</summary>
    public required AppealKind Kind { get; init; }

    /// <summary>The day it was filed.</summary>
    public required DateOnly Filed { get; init; }

    /// <summary>Its result (<see cref="AppealResult.Pending"/> while undecided).</summary>
    public AppealResult Result { get; init; } = AppealResult.Pending;

    /// <summary>The day of the decision or judgment, for a result other than pending.</summary>
    public DateOnly? Decided { get; init; }
}
