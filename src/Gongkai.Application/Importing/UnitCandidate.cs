namespace Gongkai.Application.Importing;

/// <summary>A registered unit a report that matched none might belong to (the matcher's candidate).</summary>
/// <param name="Code">The unit's code, which 待确认单位 takes to link the report.</param>
/// <param name="Name">Its registered name.</param>
/// <param name="Region">Its region path.</param>
public sealed record UnitCandidate(string Code, string Name, string Region);
