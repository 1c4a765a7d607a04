using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Rules;

public sealed class AgencyLevelsTests
{
    [Theory]
    [InlineData("青禾市人民政府", AgencyLevel.Government)]
    [InlineData("青禾市云溪区人民政府", AgencyLevel.Government)]
    [InlineData("澄江县人民政府", AgencyLevel.Government)]
    [InlineData("松岭镇人民政府", AgencyLevel.Department)]
    [InlineData("汀兰乡人民政府", AgencyLevel.Department)]
    [InlineData("青禾市人民政府办公室", AgencyLevel.Department)]
    [InlineData("青禾市交通运输局", AgencyLevel.Department)]
    [InlineData("青禾高新技术产业开发区", AgencyLevel.Department)]
    [InlineData(null, AgencyLevel.Department)]
    public void Only_county_level_and_higher_governments_have_the_march_deadline(string? agency, AgencyLevel expected)
    {
        Assert.Equal(expected, AgencyLevels.Infer(agency));
    }

    [Fact]
    public void Deadlines_follow_article_49()
    {
        Assert.Equal(new DateOnly(2022, 1, 31), AgencyLevels.Deadline(AgencyLevel.Department, 2021));
        Assert.Equal(new DateOnly(2022, 3, 31), AgencyLevels.Deadline(AgencyLevel.Government, 2021));
    }

    [Theory]
    [InlineData("青禾市人民政府", AgencyLevel.Government, false, "县级以上人民政府的本级年度报告应于2022年3月31日前公布（条例第四十九条）")]
    [InlineData("青禾市财政局", AgencyLevel.Department, false, "政府部门的年度报告应于2022年1月31日前公布（条例第四十九条）")]
    [InlineData("汀兰乡人民政府", AgencyLevel.Department, false, "乡镇人民政府的年度报告条例未规定期限，参照政府部门应于2022年1月31日前公布（条例第四十九条；本省另有规定的从其规定）")]
    [InlineData("城关", AgencyLevel.Department, true, "乡镇人民政府、街道办事处的年度报告条例未规定期限，参照政府部门应于2022年1月31日前公布（条例第四十九条；本省另有规定的从其规定）")]
    public void The_deadline_sentence_cites_article_49_for_the_kind_of_body(string agency, AgencyLevel level, bool townOrStreet, string expected)
    {
        Assert.Equal(expected, AgencyLevels.DeadlineSentence(agency, level, 2021, townOrStreet));
    }
}
