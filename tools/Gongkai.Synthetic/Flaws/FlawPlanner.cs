using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Flaws;

/// <summary>Chooses the flawed unit-years and the parameters of each flaw.</summary>
/// <remarks>
/// A unit never has flaws in two consecutive years, so that each flaw is found on its own and the cross-year checks
/// of clean neighbours hold. After the random pass, any kind still absent is planted in the first free eligible slot,
/// so a province of realistic size shows every kind.
/// </remarks>
internal static class FlawPlanner
{
    public static Dictionary<(int Unit, int Year), PlannedFlaw> Plan(IReadOnlyList<SyntheticUnit> units, int seed, int firstYear, int years, double rate)
    {
        var summaries = units.Where(u => u.IsSummary).Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var childOfSummary = units.Select(u => u.ParentCode is { } p && summaries.Contains(p)).ToArray();
        var plan = new Dictionary<(int, int), PlannedFlaw>();
        var kinds = Enum.GetValues<FlawKind>();

        // With no flaw allowed after a flawed year, drawing at q = r / (1 − r) makes about r of the unit-years flawed.
        var draw = rate >= 1 ? 1 : rate / (1 - rate);
        for (var u = 0; u < units.Count; u++)
        {
            for (var year = firstYear; year < firstYear + years; year++)
            {
                var random = StableRandom.For(seed, 7, u, year);
                if (plan.ContainsKey((u, year - 1)) || random.NextDouble() >= draw)
                {
                    continue;
                }

                var allowed = kinds.Where(k => FlawEligibility.Allows(k, units[u], childOfSummary[u], year, firstYear)).ToList();
                plan[(u, year)] = Parameters(allowed[random.Next(allowed.Count)], units[u], random);
            }
        }

        foreach (var kind in kinds.Where(k => !plan.Values.Any(f => f.Kind == k)))
        {
            PlantOne(kind, units, childOfSummary, plan, seed, firstYear, years);
        }

        return plan;
    }

    private static void PlantOne(FlawKind kind, IReadOnlyList<SyntheticUnit> units, bool[] childOfSummary, Dictionary<(int, int), PlannedFlaw> plan, int seed, int firstYear, int years)
    {
        var random = StableRandom.For(seed, 8, (int)kind);
        var start = random.Next(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var u = (start + i) % units.Count;
            for (var year = firstYear; year < firstYear + years; year++)
            {
                if (!plan.ContainsKey((u, year - 1)) && !plan.ContainsKey((u, year)) && !plan.ContainsKey((u, year + 1)) &&
                    FlawEligibility.Allows(kind, units[u], childOfSummary[u], year, firstYear))
                {
                    plan[(u, year)] = Parameters(kind, units[u], random);
                    return;
                }
            }
        }
    }

    private static PlannedFlaw Parameters(FlawKind kind, SyntheticUnit unit, Random random)
    {
        var columns = RequestsTemplate.ApplicantColumns;
        var column = kind == FlawKind.SummaryMismatch ? columns[0] : columns[random.Next(columns.Count)];
        var alias = unit.Aliases.Count > 0 ? unit.Aliases[random.Next(unit.Aliases.Count)] : null;
        return new PlannedFlaw(kind, column, random.Next(1, 4), alias, random.Next(1, 61));
    }
}
