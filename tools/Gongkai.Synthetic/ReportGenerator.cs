using Gongkai.Core.Model;
using Gongkai.Synthetic.Figures;
using Gongkai.Synthetic.Flaws;

namespace Gongkai.Synthetic;

/// <summary>Generates the province's reports year by year, children before their county so each summary can print their sum.</summary>
internal sealed class ReportGenerator(SyntheticProvince province, IReadOnlyDictionary<(int Unit, int Year), PlannedFlaw> plan, IReadOnlyList<UnitProfile> profiles)
{
    private readonly IReadOnlyList<SyntheticUnit> _units = province.Units;

    public IEnumerable<SyntheticReport> Generate()
    {
        var index = _units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var parents = _units.Select(u => u.ParentCode is { } p ? index[p] : -1).ToArray();
        var order = PostOrder(parents);
        var states = _units.Select(_ => new UnitState()).ToArray();
        for (var year = province.FirstYear; year < province.FirstYear + province.Years; year++)
        {
            var version = TemplateVersionExtensions.RequiredFor(year);
            var sums = new Dictionary<int, FigureSheet>();
            foreach (var u in order)
            {
                var unit = _units[u];
                var random = StableRandom.For(province.Seed, 1, u, year);
                var flaw = plan.GetValueOrDefault((u, year));
                var sheet = unit.IsSummary ? sums.GetValueOrDefault(u) ?? new FigureSheet(version) : Clean(version, profiles[u], states[u], random);
                if (flaw is not null)
                {
                    FlawApplier.Apply(flaw, sheet, states[u]);
                }

                // What the child prints as its current report is what its county sums (flaws never change a summary child's current figures).
                if (parents[u] >= 0 && _units[parents[u]].IsSummary)
                {
                    AddTo(sums, parents[u], sheet);
                }

                if (flaw?.Kind == FlawKind.Missing)
                {
                    continue;
                }

                var (date, corrected) = PublicationDates.For(unit, year, flaw, random);
                var agency = flaw?.Kind == FlawKind.NameVariant ? flaw.Alias! : unit.Name;
                var sections = SectionTexts.For(year, sheet, unit.IsSummary ? unit.Region[^1..] : null, random);
                if (corrected is { } later)
                {
                    var first = sheet.Copy();
                    FlawApplier.Unbalance(flaw!, first);
                    yield return new SyntheticReport(unit, year, 1, Assemble(agency, year, date, first, SectionTexts.For(year, first, unit.IsSummary ? unit.Region[^1..] : null, StableRandom.For(province.Seed, 1, u, year))));
                    yield return new SyntheticReport(unit, year, 2, Assemble(agency, year, later, sheet, sections));
                }
                else
                {
                    yield return new SyntheticReport(unit, year, 1, Assemble(agency, year, date, sheet, sections));
                }
            }
        }
    }

    private static FigureSheet Clean(TemplateVersion version, UnitProfile profile, UnitState state, Random random)
    {
        var sheet = new FigureSheet(version);
        RequestsFigures.Fill(sheet, profile, state, random);
        AppealsFigures.Fill(sheet, random);
        ProactiveFigures.Fill(sheet, profile, state, random);
        return sheet;
    }

    private static void AddTo(Dictionary<int, FigureSheet> sums, int parent, FigureSheet sheet)
    {
        if (!sums.TryGetValue(parent, out var sum))
        {
            sums[parent] = sum = new FigureSheet(sheet.Template.Version);
        }

        sum.Add(sheet);
    }

    private static AnnualReport Assemble(string agency, int year, DateOnly date, FigureSheet sheet, IReadOnlyList<ReportSection> sections) => new()
    {
        Agency = agency,
        Year = year,
        Template = sheet.Template.Version,
        PublishedOn = date,
        Proactive = sheet.ToTable(TableKind.Proactive),
        Requests = sheet.ToTable(TableKind.Requests),
        Appeals = sheet.ToTable(TableKind.Appeals),
        Sections = sections,
    };

    // Children before parents, siblings in registry order.
    private static List<int> PostOrder(int[] parents)
    {
        var children = parents.Select(_ => new List<int>()).ToArray();
        var roots = new List<int>();
        for (var i = 0; i < parents.Length; i++)
        {
            (parents[i] >= 0 ? children[parents[i]] : roots).Add(i);
        }

        var order = new List<int>(parents.Length);
        var stack = new Stack<(int Node, bool Expanded)>(roots.AsEnumerable().Reverse().Select(r => (r, false)));
        while (stack.TryPop(out var item))
        {
            if (item.Expanded)
            {
                order.Add(item.Node);
                continue;
            }

            stack.Push((item.Node, true));
            for (var c = children[item.Node].Count - 1; c >= 0; c--)
            {
                stack.Push((children[item.Node][c], false));
            }
        }

        return order;
    }
}
