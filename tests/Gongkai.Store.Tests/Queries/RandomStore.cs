using System.Globalization;
using System.Text;
using Gongkai.Core.Model;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests.Queries;

/// <summary>
/// A fictional province stored with random cells, for comparing roll-ups with the facts: units in two cities, years
/// 2019–2023 with gaps, up to three versions of a report ranked by 落款 date, blanks, unreadable cells, 万元 fractions,
/// signed values, a cell printed twice, a cell outside the template, summary reports (汇总), unpublished reports,
/// reports of no unit (one without a year), an older version made current, and reports of an old name that a later
/// registry import links to a unit — moving their versions into the unit's report of the same year.
/// </summary>
internal static class RandomStore
{
    public static readonly string[] Cities = ["东坡市", "西岭市"];
    public static readonly string[] Districts = ["城关区", "河口县", "南湖区"];
    private static readonly string[] Offices = ["人民政府", "教育局", "财政局"];
    private static readonly CellKey OutsideTemplate = new("requests", "notInTheTemplate", "total");

    /// <summary>Fills <paramref name="store"/>; returns the units registered.</summary>
    public static IReadOnlyList<RegisteredUnit> Fill(ReportStore store, int seed)
    {
        var random = new Random(seed);
        var units = Units();
        store.ImportRegistry(units);
        var registered = store.Units();
        var files = new List<string>();
        foreach (var unit in registered)
        {
            foreach (var year in Enumerable.Range(2019, 5).Where(_ => random.Next(5) != 0))
            {
                var match = new UnitMatch(UnitMatchKind.Name, unit, []);
                var versions = random.Next(1, 4);
                for (var version = 1; version <= versions; version++)
                {
                    files.Add(Save(store, random, unit.Name, year, version, match));
                }
            }
        }

        // Old names of two units (linked below, by a registry import that adds them as aliases), one agency outside
        // the registry, and a report whose year could not be read.
        var renamed = registered.Where(u => u.Level == "部门").Take(2).ToList();
        foreach (var unit in renamed)
        {
            foreach (var year in new[] { 2020, 2021 })
            {
                files.Add(Save(store, random, "原" + unit.Name, year, 1, UnitMatch.None));
            }
        }

        files.Add(Save(store, random, "北湖农场管理委员会", 2021, 1, UnitMatch.None));
        files.Add(Save(store, random, "无名单位", null, 1, UnitMatch.None));

        // import --make-current of a file stored earlier: an older version becomes current again.
        foreach (var file in files.Where(_ => random.Next(8) == 0))
        {
            store.MakeCurrent(file);
        }

        store.ImportRegistry([.. units.Select(u => renamed.Any(r => r.Code == u.Code) ? u with { Aliases = ["原" + u.Name] } : u)]);
        return registered;
    }

    private static List<RegisteredUnit> Units()
    {
        var units = new List<RegisteredUnit>();
        for (var c = 0; c < Cities.Length; c++)
        {
            for (var d = 0; d < Districts.Length; d++)
            {
                for (var o = 0; o < Offices.Length; o++)
                {
                    units.Add(new RegisteredUnit($"JB-{c}{d}-{o}", Cities[c] + Districts[d] + Offices[o], o == 0 ? "县区" : "部门",
                        $"江北省/{Cities[c]}/{Districts[d]}", null, []));
                }
            }
        }

        return units;
    }

    // Stores one version with random cells; returns its file's hash.
    private static string Save(ReportStore store, Random random, string agency, int? year, int version, UnitMatch match) =>
        Save(store, agency, year, Facts(random), new DateOnly((year ?? 2020) + 1, 1, 1).AddDays(random.Next(60)), match,
            isSummary: random.Next(10) == 0, published: random.Next(7) != 0, content: $"{version}/{random.Next()}");

    /// <summary>Stores one version of <paramref name="agency"/>'s report on <paramref name="year"/>; returns its file's hash.</summary>
    public static string Save(ReportStore store, string agency, int? year, IReadOnlyList<FactRow> facts, DateOnly publishedOn, UnitMatch match,
        bool isSummary = false, bool published = true, string content = "")
    {
        var report = new AnnualReport { Agency = agency, Year = year, Template = TemplateVersion.V2021, PublishedOn = publishedOn };
        var bytes = Encoding.UTF8.GetBytes($"{agency}/{year}/{publishedOn:O}/{content}");
        var sha256 = StoredFiles.Sha256(bytes);
        store.Save(new PreparedReport
        {
            SourcePath = sha256 + ".json",
            FileSha256 = sha256,
            FileSize = bytes.Length,
            FileModifiedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            CompressedFile = StoredFiles.Gzip(bytes),
            Format = "json",
            Report = report,
            Findings = [],
            ReportJson = "{\"rows\":\"" + sha256 + "\"}",
            ContentSha256 = sha256,
            Facts = facts,
            Match = match,
            IsSummary = isSummary,
            Published = published,
        });
        return sha256;
    }

    private static List<FactRow> Facts(Random random)
    {
        var cells = CellKey.AllTemplateCells;
        var facts = new List<FactRow>();
        foreach (var cell in cells.Where(_ => random.Next(4) == 0))
        {
            facts.Add(random.Next(10) switch
            {
                < 6 => new FactRow(cell, CellState.Number, random.Next(-50, 5000)),
                < 8 => new FactRow(cell, CellState.Number, Fraction(random)),
                8 => new FactRow(cell, CellState.Blank, null),
                _ => new FactRow(cell, CellState.Unreadable, null),
            });
        }

        if (random.Next(6) == 0 && facts.Count > 0)
        {
            // A damaged table printing a cell twice: the store keeps the first.
            facts.Add(facts[0] with { State = CellState.Number, Value = 999_999 });
        }

        if (random.Next(6) == 0)
        {
            facts.Add(new FactRow(OutsideTemplate, CellState.Number, 7));
        }

        return facts;
    }

    // 万元 with one to four places, signed now and then (增/减 columns).
    private static decimal Fraction(Random random) =>
        decimal.Parse(((random.Next(3) == 0 ? -1 : 1) * random.Next(0, 10_000_000)).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        / (decimal)Math.Pow(10, random.Next(1, 5));
}
