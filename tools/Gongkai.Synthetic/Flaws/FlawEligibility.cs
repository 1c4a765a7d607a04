namespace Gongkai.Synthetic.Flaws;

/// <summary>Which flaws a unit-year can carry.</summary>
/// <remarks>
/// A county summary prints the exact sum of its children's printed figures, so its children only get flaws that leave
/// their current figures untouched (Late, NameVariant, Corrected — whose current version is clean); otherwise the
/// summary would inherit the flaw. Figure flaws go to units outside summaries; chain flaws need the previous year
/// in the edition that has the chained column.
/// </remarks>
internal static class FlawEligibility
{
    public static bool Allows(FlawKind kind, SyntheticUnit unit, bool childOfSummary, int year, int firstYear)
    {
        var free = !unit.IsSummary && !childOfSummary;
        return kind switch
        {
            FlawKind.Balance => free,
            FlawKind.CarriedOverMismatch => free && year > firstYear,
            FlawKind.InForceBreak => free && year - 1 >= Math.Max(2021, firstYear),
            FlawKind.PreviousItemsBreak => free && year == 2020 && firstYear <= 2019,
            FlawKind.Missing => !childOfSummary,
            FlawKind.SummaryMismatch => unit.IsSummary,
            FlawKind.NameVariant => unit.Aliases.Count > 0,
            _ => true,
        };
    }
}
