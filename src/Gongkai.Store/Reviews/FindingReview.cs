namespace Gongkai.Store.Reviews;

/// <summary>The review of one finding, as last changed.</summary>
/// <param name="FindingKey">The finding's key (stable across versions of the same report).</param>
/// <param name="UnitCode">The unit, or <see langword="null"/> for a report not linked to one.</param>
/// <param name="Agency">The unit's or the report's agency name.</param>
/// <param name="Year">The year of the report.</param>
/// <param name="Code">The rule code.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Assignee">The account it is assigned to, or <see langword="null"/>.</param>
/// <param name="Note">The reason (dismissed), the note (resolved), or <see langword="null"/>.</param>
/// <param name="UpdatedBy">Who changed it last.</param>
/// <param name="UpdatedAt">When (UTC).</param>
public sealed record FindingReview(
    string FindingKey, string? UnitCode, string? Agency, int Year, string Code, ReviewStatus Status,
    string? Assignee, string? Note, string UpdatedBy, DateTimeOffset UpdatedAt);
