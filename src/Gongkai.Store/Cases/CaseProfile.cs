namespace Gongkai.Store.Cases;

/// <summary>A unit's particulars for its case letters and reminders (migration 0011); blank values are <see langword="null"/>.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="AgencyName">The name its letters print (机关名称); <see langword="null"/> for the registry's name.</param>
/// <param name="ReconsiderationBody">The 复议机关 its answers name (条例 art. 51).</param>
/// <param name="Court">The 管辖法院 its answers name (条例 art. 51).</param>
/// <param name="Telephone">The office's contact telephone.</param>
/// <param name="Address">The office's address.</param>
/// <param name="Handler">The handler letters name when a case has no assignee.</param>
/// <param name="ReminderEmail">Where deadline reminders go.</param>
public sealed record CaseProfile(
    string UnitId,
    string? AgencyName,
    string? ReconsiderationBody,
    string? Court,
    string? Telephone,
    string? Address,
    string? Handler,
    string? ReminderEmail)
{
    /// <summary>A profile with nothing filled in.</summary>
    public static CaseProfile Empty(string unitId) => new(unitId, null, null, null, null, null, null, null);
}
