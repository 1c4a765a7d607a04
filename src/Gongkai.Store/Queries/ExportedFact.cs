using Gongkai.Core.Model;
using Gongkai.Store.Database;

namespace Gongkai.Store.Queries;

/// <summary>One printed cell of a report's current version, with the report's unit, year and version.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="UnitCode">The registered unit, or <see langword="null"/> for a report not linked to one.</param>
/// <param name="Unit">The unit's name, or the name the report prints.</param>
/// <param name="Region">The unit's region.</param>
/// <param name="Level">The unit's level.</param>
/// <param name="Year">The report's year.</param>
/// <param name="Version">The current version's number.</param>
/// <param name="Template">The template edition the version was read as.</param>
/// <param name="Cell">The cell.</param>
/// <param name="State">Number, blank or unreadable.</param>
/// <param name="Value">The number, when there is one.</param>
public sealed record ExportedFact(
    long ReportId, string? UnitCode, string? Unit, string? Region, string? Level, int? Year, int Version, string? Template,
    CellKey Cell, CellState State, decimal? Value);
