using Gongkai.Core.Rules;
using Gongkai.Synthetic.Flaws;

namespace Gongkai.Synthetic;

/// <summary>The dates reports are signed on, within (or, for <see cref="FlawKind.Late"/>, after) the deadline of 条例 art. 49.</summary>
internal static class PublicationDates
{
    /// <summary>A 县级以上人民政府's own report is due by 31 March; departments, towns and development zones by 31 January.</summary>
    public static AgencyLevel LevelOf(SyntheticUnit unit) =>
        unit.Level is UnitLevels.Province or UnitLevels.City or UnitLevels.County && unit.Name.EndsWith("人民政府", StringComparison.Ordinal)
            ? AgencyLevel.Government
            : AgencyLevel.Department;

    public static DateOnly Deadline(SyntheticUnit unit, int year) => AgencyLevels.Deadline(LevelOf(unit), year);

    /// <summary>The date of version 1 and, for a corrected unit-year, of version 2.</summary>
    public static (DateOnly First, DateOnly? Corrected) For(SyntheticUnit unit, int year, PlannedFlaw? flaw, Random random)
    {
        var deadline = Deadline(unit, year);
        var january = new DateOnly(year + 1, 1, 5);
        switch (flaw?.Kind)
        {
            case FlawKind.Late:
                return (deadline.AddDays(flaw.Days), null);
            case FlawKind.Corrected:
                var first = january.AddDays(random.Next(0, 10));
                return (first, first.AddDays(random.Next(5, 16)));
            case FlawKind.NameVariant:
                // An alias such as 西湖区政府 does not end in 区人民政府, so a reader infers a department's deadline: keep within it.
                return (january.AddDays(random.Next(0, 27)), null);
            default:
                var span = deadline.DayNumber - january.DayNumber;
                return (january.AddDays(random.Next(0, span + 1)), null);
        }
    }
}
