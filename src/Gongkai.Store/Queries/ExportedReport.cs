namespace Gongkai.Store.Queries;

/// <summary>A report's current version as exports print it: the unit, year, version and template of its rows.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="UnitCode">The registered unit, or <see langword="null"/> for a report not linked to one.</param>
/// <param name="Unit">The unit's name, or the name the report prints.</param>
/// <param name="Region">The unit's region.</param>
/// <param name="Level">The unit's level.</param>
/// <param name="Year">The report's year.</param>
/// <param name="Version">The current version's number.</param>
/// <param name="Template">The template edition the version was read as.</param>
public sealed record ExportedReport(long ReportId, string? UnitCode, string? Unit, string? Region, string? Level, int? Year, int Version, string? Template);
