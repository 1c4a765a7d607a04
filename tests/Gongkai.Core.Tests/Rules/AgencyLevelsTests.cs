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
}
