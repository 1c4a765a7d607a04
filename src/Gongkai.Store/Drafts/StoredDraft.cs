namespace Gongkai.Store.Drafts;

/// <summary>A draft of 在线填报 as stored (migration 0007), with its unit's name and region from the registry.</summary>
/// <param name="Id">The draft's id.</param>
/// <param name="UnitCode">The unit whose report it is.</param>
/// <param name="UnitName">The unit's registered name.</param>
/// <param name="Region">The unit's region path.</param>
/// <param name="Year">The report's year.</param>
/// <param name="Body">The report as canonical JSON with its sections.</param>
/// <param name="Revision">Grows by one on every save (optimistic concurrency).</param>
/// <param name="CreatedBy">Who started it.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="UpdatedBy">Who saved it last.</param>
/// <param name="UpdatedAt">When it was saved last.</param>
/// <param name="SubmittedReportId">The stored report it was submitted as, or <see langword="null"/>.</param>
/// <param name="SubmittedAt">When it was last submitted, or <see langword="null"/>.</param>
public sealed record StoredDraft(
    long Id,
    string UnitCode,
    string UnitName,
    string Region,
    int Year,
    string Body,
    int Revision,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    long? SubmittedReportId,
    DateTimeOffset? SubmittedAt);
