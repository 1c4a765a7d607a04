using Gongkai.Core.Model;
using Gongkai.Core.Rules;

namespace Gongkai.Core.Tests.Rules;

/// <summary>GK0601's wording: the deadline of 条例第四十九条 for the kind of body that published, never calling a town a 政府部门.</summary>
public sealed class PublicationDeadlineRuleTests
{
    [Theory]
    [InlineData("青禾市交通运输局", "2022-02-10", "落款日期2022年2月10日晚于发布期限：政府部门的年度报告应于2022年1月31日前公布（条例第四十九条）。")]
    [InlineData("青禾市云溪区人民政府", "2022-04-01", "落款日期2022年4月1日晚于发布期限：县级以上人民政府的本级年度报告应于2022年3月31日前公布（条例第四十九条）。")]
    [InlineData("松岭镇人民政府", "2022-03-20", "落款日期2022年3月20日晚于发布期限：乡镇人民政府的年度报告条例未规定期限，参照政府部门应于2022年1月31日前公布（条例第四十九条；本省另有规定的从其规定）。")]
    [InlineData("云溪区东关街道办事处", "2022-02-10", "落款日期2022年2月10日晚于发布期限：街道办事处的年度报告条例未规定期限，参照政府部门应于2022年1月31日前公布（条例第四十九条；本省另有规定的从其规定）。")]
    [InlineData("青禾高新技术产业开发区管理委员会", "2022-02-10", "落款日期2022年2月10日晚于发布期限：开发区等派出机构的年度报告条例未规定期限，参照政府部门应于2022年1月31日前公布（条例第四十九条；本省另有规定的从其规定）。")]
    public void A_late_report_is_told_the_deadline_of_its_kind_of_body(string agency, string date, string message)
    {
        var report = new AnnualReport { Agency = agency, Year = 2021, PublishedOn = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        var finding = Assert.Single(new PublicationDeadlineRule().Check(report, CheckContext.None));

        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void A_registry_level_overrides_the_name()
    {
        var report = new AnnualReport { Agency = "青禾市政府", Year = 2021, PublishedOn = new DateOnly(2022, 2, 10) };

        var findings = new PublicationDeadlineRule().Check(report, new CheckContext { AgencyLevel = AgencyLevel.Government });

        Assert.Empty(findings);
    }
}
