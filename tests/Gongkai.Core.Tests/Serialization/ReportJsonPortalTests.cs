using Gongkai.Core.Model;
using Gongkai.Core.Serialization;

namespace Gongkai.Core.Tests.Serialization;

public sealed class ReportJsonPortalTests
{
    [Fact]
    public void The_portal_and_the_pre2019_flag_survive_a_round_trip()
    {
        var report = new AnnualReport
        {
            Agency = "青禾县水利局",
            Year = 2016,
            Pre2019Format = true,
            Portal = new PortalMetadata { Title = "青禾县水利局2016年度政府信息公开工作年度报告", PublishedAt = new DateTime(2017, 1, 24, 10, 12, 0), Url = "https://example.gov.cn/c.htm" },
        };

        var json = ReportJsonWriter.Write(report);
        var read = ReportJsonReader.Read(json);

        Assert.True(System.Text.Json.Nodes.JsonNode.Parse(json)?["pre2019Format"]?.GetValue<bool>());
        Assert.True(read.Pre2019Format);
        Assert.Equal(report.Portal.Title, read.Portal?.Title);
        Assert.Equal(report.Portal.PublishedAt, read.Portal?.PublishedAt);
        Assert.Null(read.Portal?.Publisher);
        Assert.Equal(report.Portal.Url, read.Portal?.Url);
    }

    [Fact]
    public void A_report_without_them_writes_neither_key()
    {
        var json = ReportJsonWriter.Write(new AnnualReport { Agency = "青禾县水利局", Year = 2021 });

        Assert.DoesNotContain("portal", json, StringComparison.Ordinal);
        Assert.DoesNotContain("pre2019Format", json, StringComparison.Ordinal);
        Assert.False(ReportJsonReader.Read(json).Pre2019Format);
    }
}
