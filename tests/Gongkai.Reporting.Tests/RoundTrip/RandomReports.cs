using Gongkai.Core.Model;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Random valid annual reports, each reproducible from the run's seed and its index.</summary>
/// <remarks>
/// Even indices are reports on 2019 or 2020 in the 2019 format, odd ones reports on 2021–2030 in the 2021 format
/// (the edition each year requires). The 落款 date falls in January–March of the next year or is absent; a few
/// reports leave some cells blank.
/// </remarks>
internal static class RandomReports
{
    /// <summary>Case <paramref name="index"/> of the run seeded <paramref name="seed"/>.</summary>
    public static AnnualReport Create(int seed, int index)
    {
        var random = CaseRandom.For(seed, index, stream: 1);
        var version = index % 2 == 0 ? TemplateVersion.V2019 : TemplateVersion.V2021;
        var year = version == TemplateVersion.V2019 ? random.Next(2019, 2021) : random.Next(2021, 2031);
        var scale = random.Next(10) switch { < 4 => 0, < 8 => 1, _ => 2 };
        var requests = RandomTables.Requests(version, random, scale);
        var appeals = RandomTables.Appeals(random, scale);
        var proactive = RandomTables.Proactive(version, random, scale);
        var sections = RandomSections.For(year, version, proactive, requests, appeals, random);
        if (random.Chance(0.15))
        {
            var blanks = random.Next(1, 4);
            (proactive, requests, appeals) = random.Next(3) switch
            {
                0 => (RandomTables.WithBlanks(proactive, random, blanks), requests, appeals),
                1 => (proactive, RandomTables.WithBlanks(requests, random, blanks), appeals),
                _ => (proactive, requests, RandomTables.WithBlanks(appeals, random, blanks)),
            };
        }

        var january = new DateOnly(year + 1, 1, 1);
        return new AnnualReport
        {
            Agency = RandomAgencies.Next(random),
            Year = year,
            Template = version,
            PublishedOn = random.Chance(0.15) ? null : january.AddDays(random.Next(new DateOnly(year + 1, 3, 31).DayNumber - january.DayNumber + 1)),
            Proactive = proactive,
            Requests = requests,
            Appeals = appeals,
            Sections = sections,
        };
    }
}
