using Gongkai.Synthetic.Figures;
using Gongkai.Synthetic.Flaws;
using Gongkai.Synthetic.Units;

namespace Gongkai.Synthetic;

/// <summary>
/// A fictional province (江南省) of about <c>units</c> reporting units and their annual reports over <c>years</c> years,
/// with flaws planted at a given rate and recorded in <see cref="Flaws"/>. Everything is determined by the seed.
/// </summary>
/// <remarks>
/// Reports are generated lazily, year by year, keeping only small per-unit state (the cross-year chains and the
/// running sums of the county summaries), so memory stays flat however many reports are enumerated.
/// </remarks>
public sealed class SyntheticProvince
{
    private readonly Dictionary<(int Unit, int Year), PlannedFlaw> _plan;
    private readonly IReadOnlyList<UnitProfile> _profiles;
    private readonly Dictionary<(string Unit, int Year), SyntheticFlaw> _flawIndex;

    private SyntheticProvince(int seed, int firstYear, int years, IReadOnlyList<SyntheticUnit> units, Dictionary<(int Unit, int Year), PlannedFlaw> plan)
    {
        Seed = seed;
        FirstYear = firstYear;
        Years = years;
        Units = units;
        _plan = plan;
        var index = units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        _profiles = units.Select((u, i) => UnitProfile.For(UnitKinds.Of(u, units, index), StableRandom.For(seed, 3, i))).ToList();
        Flaws = plan.OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Unit)
            .Select(p => new SyntheticFlaw(units[p.Key.Unit].Code, p.Key.Year, p.Value.Kind, FlawDetails.Describe(p.Value, units[p.Key.Unit], p.Key.Year)))
            .ToList();
        _flawIndex = Flaws.ToDictionary(f => (f.UnitCode, f.Year));
    }

    /// <summary>The seed everything is drawn from.</summary>
    public int Seed { get; }

    /// <summary>The first year reported on.</summary>
    public int FirstYear { get; }

    /// <summary>How many years are reported on.</summary>
    public int Years { get; }

    /// <summary>The units in registry order (each government, its departments, then the governments under it).</summary>
    public IReadOnlyList<SyntheticUnit> Units { get; }

    /// <summary>The planted flaws, by year then unit.</summary>
    public IReadOnlyList<SyntheticFlaw> Flaws { get; }

    /// <summary>Creates the province.</summary>
    /// <param name="seed">Same seed, same province, same reports.</param>
    /// <param name="units">About how many units (at least 40); the total is exact.</param>
    /// <param name="firstYear">The first year reported on; reports before 2021 use the 2019 format.</param>
    /// <param name="years">How many years.</param>
    /// <param name="flawRate">About which share of unit-years carry a flaw (0 for none).</param>
    public static SyntheticProvince Create(int seed = 1, int units = 1000, int firstYear = 2019, int years = 10, double flawRate = 0.1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(flawRate);
        var list = UnitTreeBuilder.Build(ProvinceLayout.For(units));
        var plan = flawRate > 0 ? FlawPlanner.Plan(list, seed, firstYear, years, flawRate) : [];
        return new SyntheticProvince(seed, firstYear, years, list, plan);
    }

    /// <summary>The flaw planted in a unit-year, or <see langword="null"/>.</summary>
    public SyntheticFlaw? FlawOf(string unitCode, int year) => _flawIndex.GetValueOrDefault((unitCode, year));

    /// <summary>Every report file's content, year by year, generated lazily. A corrected unit-year yields versions 1 and 2; a missing one nothing.</summary>
    public IEnumerable<SyntheticReport> Reports() => new ReportGenerator(this, _plan, _profiles).Generate();
}
