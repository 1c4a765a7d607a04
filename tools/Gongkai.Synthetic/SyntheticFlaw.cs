namespace Gongkai.Synthetic;

/// <summary>A flaw planted in one unit-year, as the manifest (<c>flaws.json</c>) records it.</summary>
/// <param name="UnitCode">The unit's <see cref="SyntheticUnit.Code"/>.</param>
/// <param name="Year">The year reported on.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Detail">Exactly what was changed, e.g. <c>requests.rows.newReceived.commercial and .total +2</c>.</param>
public sealed record SyntheticFlaw(string UnitCode, int Year, FlawKind Kind, string Detail);
