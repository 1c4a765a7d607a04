using Gongkai.Application.Units;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Tests.Units;

public sealed class RegistryTests
{
    private const string Csv = """
        code,name,level,region,parent,aliases
        JN,江南省人民政府,省,江南省,,
        JN-DS,东山市人民政府,市,江南省/东山市,JN,东山市政府
        JN-DS-XH,东山市西湖区人民政府,县区,江南省/东山市/西湖区,JN-DS,"西湖区人民政府;西湖区政府"
        JN-DS-XH-JY,东山市西湖区教育局,部门,江南省/东山市/西湖区,JN-DS-XH,
        JN-DS-GX,东山高新技术产业开发区管理委员会,县区,江南省/东山市/东山高新区,JN-DS,
        JN-DS-JK,东山经济技术开发区管理委员会,县区,江南省/东山市/东山经开区,JN-DS,
        JN-DS-JJ,东山经济开发区管理委员会,县区,江南省/东山市/东山经济开发区,JN-DS,
        JN-NH-JY,南湖市教育局,部门,江南省/南湖市,JN,
        JN-DS-JYJ,东山市教育局,部门,江南省/东山市,JN-DS,
        """;

    private static readonly UnitMatcher Matcher = new(RegistryCsv.Parse(Csv, "名录.csv").Units);

    [Fact]
    public void The_registry_csv_reads_quoted_aliases_and_parents()
    {
        var read = RegistryCsv.Parse(Csv, "名录.csv");

        Assert.Empty(read.Problems);
        Assert.Equal(9, read.Units.Count);
        var district = read.Units.Single(u => u.Code == "JN-DS-XH");
        Assert.Equal(["西湖区人民政府", "西湖区政府"], district.Aliases);
        Assert.Equal("JN-DS", district.ParentCode);
    }

    [Fact]
    public void Problems_name_the_file_and_line()
    {
        var read = RegistryCsv.Parse("code,name,level,region\nA,甲局,部委,江南省\nA,乙局,部门,江南省\nB,丙局,部门,江南省\nB,丁局,部门,江南省\n", "名录.csv");

        Assert.Contains(read.Problems, p => p.Contains("第 2 行", StringComparison.Ordinal) && p.Contains("部委", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Contains("第 5 行", StringComparison.Ordinal) && p.Contains("重复", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_without_the_required_columns_is_refused()
    {
        var read = RegistryCsv.Parse("单位,名称\nA,甲局\n", "名录.csv");

        Assert.Empty(read.Units);
        Assert.Contains("code", Assert.Single(read.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_registries_read_back()
    {
        var units = RegistryCsv.Parse(Csv, "a").Units;
        using var writer = new StringWriter();
        RegistryCsv.Write(writer, units);

        Assert.Equal(units.Select(u => (u.Code, u.Name, u.Level, u.Region, u.ParentCode, string.Join(';', u.Aliases))),
            RegistryCsv.Parse(writer.ToString(), "b").Units.Select(u => (u.Code, u.Name, u.Level, u.Region, u.ParentCode, string.Join(';', u.Aliases))));
    }

    [Theory]
    [InlineData("东山市西湖区人民政府", "JN-DS-XH", UnitMatchKind.Name)]
    [InlineData("东山市 西湖区人民政府", "JN-DS-XH", UnitMatchKind.Name)]
    [InlineData("东山市西湖区政府", "JN-DS-XH", UnitMatchKind.Name)]
    [InlineData("西湖区政府", "JN-DS-XH", UnitMatchKind.Alias)]
    [InlineData("东山高新区管委会", "JN-DS-GX", UnitMatchKind.Abbreviation)]
    [InlineData("西湖区教育局", "JN-DS-XH-JY", UnitMatchKind.RegionPrefix)]
    [InlineData("江南省东山市西湖区教育局", "JN-DS-XH-JY", UnitMatchKind.RegionPrefix)]
    public void Names_match_their_unit(string printed, string code, UnitMatchKind kind)
    {
        var match = Matcher.Match(printed);

        Assert.Equal(kind, match.Kind);
        Assert.Equal(code, match.Unit?.Code);
    }

    [Fact]
    public void An_abbreviation_two_units_share_stays_a_question()
    {
        // 东山经开区 could be the 经济技术开发区 or the 经济开发区: both shorten to 经开区.
        var match = Matcher.Match("东山经开区管委会");

        Assert.Equal(UnitMatchKind.Ambiguous, match.Kind);
        Assert.Null(match.Unit);
        Assert.Equal(["JN-DS-JJ", "JN-DS-JK"], match.Candidates.Select(c => c.Code).Order());
    }

    [Theory]
    [InlineData("教育局")]
    [InlineData("北湖市教育局")]
    [InlineData("")]
    public void A_bare_or_foreign_name_does_not_match(string printed) =>
        Assert.Null(Matcher.Match(printed).Unit);

    [Theory]
    [InlineData("江南省", "江南省/东山市/西湖区", true)]
    [InlineData("江南省/东山市", "江南省/东山市/西湖区", true)]
    [InlineData("东山市", "江南省/东山市/西湖区", true)]
    [InlineData("西湖区", "江南省/东山市/西湖区", true)]
    [InlineData("东山", "江南省/东山市/西湖区", false)]
    [InlineData("南湖市", "江南省/东山市/西湖区", false)]
    public void Regions_match_by_path_prefix_or_segment(string region, string unitRegion, bool expected) =>
        Assert.Equal(expected, RegionPath.Contains(region, unitRegion));
}
