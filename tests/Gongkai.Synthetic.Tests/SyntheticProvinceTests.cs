using Gongkai.Core.Serialization;
using Gongkai.Synthetic.Tests.Support;

namespace Gongkai.Synthetic.Tests;

public sealed class SyntheticProvinceTests(ProvinceAuditFixture fixture) : IClassFixture<ProvinceAuditFixture>
{
    private readonly ProvinceAudit _audit = fixture.Audit;
    private readonly SyntheticProvince _province = fixture.Province;

    [Fact]
    public void Same_seed_gives_the_same_province_and_reports()
    {
        var first = SyntheticProvince.Create(seed: 7, units: 120, firstYear: 2020, years: 3);
        var second = SyntheticProvince.Create(seed: 7, units: 120, firstYear: 2020, years: 3);
        var other = SyntheticProvince.Create(seed: 8, units: 120, firstYear: 2020, years: 3);

        Assert.Equal(Registry(first), Registry(second));
        Assert.Equal(first.Flaws, second.Flaws);
        Assert.Equal(Canonical(first), Canonical(second));
        Assert.NotEqual(Canonical(first), Canonical(other));
    }

    [Fact]
    public void Has_the_requested_number_of_units_at_every_level()
    {
        var units = _province.Units;
        Assert.Equal(1000, units.Count);
        var levels = units.GroupBy(u => u.Level).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, levels[UnitLevels.Province]);
        Assert.Equal(8, levels[UnitLevels.City]);
        Assert.InRange(levels[UnitLevels.County], 40, 50);
        Assert.InRange(levels[UnitLevels.Department], 400, 600);
        Assert.InRange(levels[UnitLevels.Town], 300, 500);
        Assert.Equal(40, units.Count(u => u.IsSummary));
        Assert.Contains(units, u => u.Name == "东山高新技术产业开发区管理委员会" && u.Aliases.Contains("东山高新区管委会"));
    }

    [Fact]
    public void Codes_and_names_are_unique_and_every_parent_exists()
    {
        var units = _province.Units;
        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(units.Count, codes.Count);
        Assert.Equal(units.Count, units.Select(u => u.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(units.Skip(1), u => Assert.Contains(u.ParentCode!, codes));
        Assert.All(units.Skip(1), u => Assert.StartsWith(u.ParentCode + "-", u.Code, StringComparison.Ordinal));
        var xihu = Assert.Single(units, u => u.Code == "JN-DS-XH");
        Assert.Equal(("东山市西湖区人民政府", UnitLevels.County, "江南省/东山市/西湖区"), (xihu.Name, xihu.Level, xihu.Region));
        Assert.Equal(["西湖区人民政府", "西湖区政府"], xihu.Aliases);
        Assert.Equal("江南省/东山市/西湖区", Assert.Single(units, u => u.Code == "JN-DS-XH-JY").Region);
    }

    [Fact]
    public void Every_report_without_a_flaw_passes_the_validator_without_errors_or_warnings()
    {
        Assert.Empty(_audit.CleanReportFindings);
    }

    [Fact]
    public void Cross_year_chains_hold_between_clean_consecutive_years()
    {
        Assert.Empty(_audit.ChainBreaks);
        Assert.True(_audit.ChainChecks > 8000, $"only {_audit.ChainChecks} year pairs checked");
    }

    [Fact]
    public void Each_county_summary_is_the_sum_of_its_children()
    {
        Assert.Empty(_audit.SummaryDifferences);
        Assert.True(_audit.SummaryChecks > 350, $"only {_audit.SummaryChecks} summaries checked");
    }

    [Fact]
    public void Every_flaw_kind_is_planted_and_shows_where_the_manifest_says()
    {
        Assert.Equal(Enum.GetValues<FlawKind>(), _province.Flaws.Select(f => f.Kind).Distinct().Order());
        Assert.InRange(_province.Flaws.Count / (double)(_province.Units.Count * _province.Years), 0.07, 0.13);
        Assert.Empty(_audit.UndetectedFlaws);
    }

    [Fact]
    public void Missing_unit_years_have_no_file_and_corrected_ones_have_two()
    {
        foreach (var unit in _province.Units)
        {
            for (var year = _province.FirstYear; year < _province.FirstYear + _province.Years; year++)
            {
                var expected = _province.FlawOf(unit.Code, year)?.Kind switch
                {
                    FlawKind.Missing => 0,
                    FlawKind.Corrected => 2,
                    _ => 1,
                };
                Assert.Equal(expected, _audit.Files.GetValueOrDefault((unit.Code, year)));
            }
        }
    }

    [Fact]
    public void A_county_summary_says_what_it_sums()
    {
        var report = SyntheticProvince.Create(units: 100, years: 1, flawRate: 0).Reports().First(r => r.Unit.Code == "JN-DS-XH").Report;
        Assert.Contains("本报告汇总了本区各部门和各乡镇（街道）的政府信息公开工作情况。", report.Sections[0].Text, StringComparison.Ordinal);
    }

    private static List<string> Registry(SyntheticProvince province)
    {
        using var writer = new StringWriter();
        ProvinceFiles.WriteRegistry(province.Units, writer);
        return [writer.ToString()];
    }

    private static List<string> Canonical(SyntheticProvince province) =>
        province.Reports().Select(r => $"{r.Unit.Code} v{r.Version} " + ReportJsonWriter.Write(r.Report, options: ReportJsonOptions.CanonicalOnly)).ToList();
}
