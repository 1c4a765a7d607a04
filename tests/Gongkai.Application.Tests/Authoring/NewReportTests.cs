using Gongkai.Application.Authoring;
using Gongkai.Core.Model;

namespace Gongkai.Application.Tests.Authoring;

public sealed class NewReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-app-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_workbook_and_the_json_in_the_format_the_year_requires()
    {
        var created = NewReport.Run(new NewReportOptions { Agency = " 测试局 ", Year = 2021, OutDirectory = _folder });

        Assert.Null(created.Failure);
        Assert.Null(created.TemplateNote);
        Assert.Equal(TemplateVersion.V2021, created.Template);
        Assert.Equal(Path.Combine(_folder, "测试局2021年政府信息公开工作年度报告.xlsx"), created.Workbook);
        Assert.True(new FileInfo(created.Workbook!).Length > 0);
        Assert.Contains("\"测试局\"", File.ReadAllText(created.Json!), StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_overwrite_a_skeleton_unless_forced()
    {
        var options = new NewReportOptions { Agency = "测试局", Year = 2021, OutDirectory = _folder };
        var first = NewReport.Run(options);
        File.WriteAllText(first.Json!, "已填写");

        var again = NewReport.Run(options);
        var forced = NewReport.Run(options with { Force = true });

        Assert.Equal(FailureKind.BadUsage, again.Failure!.Kind);
        Assert.Contains("已存在，未覆盖", again.Failure.Message, StringComparison.Ordinal);
        Assert.Null(forced.Failure);
        Assert.NotEqual("已填写", File.ReadAllText(first.Json!));
    }

    [Fact]
    public void Notes_a_format_other_than_the_years_and_still_refuses_a_malformed_date()
    {
        var created = NewReport.Run(new NewReportOptions { Agency = "测试局", Year = 2021, Template = "2019", Date = "20220120", OutDirectory = _folder });

        Assert.Equal("注意：2021 年度报告应使用 2021版，这里按要求生成的是 2019版。", created.TemplateNote);
        Assert.Equal(new UseCaseFailure(FailureKind.BadUsage, "落款日期“20220120”格式不对，应为 yyyy-MM-dd，如 2022-01-20。"), created.Failure);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(" ", 2021, null, "请用 --agency 给出机关名称。")]
    [InlineData("测试局", 1999, null, "年度 1999 不合理：《条例》自 2008 年施行，请给出四位年份。")]
    [InlineData("测试局", 2021, "2020", "未知的表格格式“2020”：应为 2019 或 2021。")]
    public void Refuses_an_agency_year_or_format_that_cannot_be(string agency, int year, string? template, string message)
    {
        var created = NewReport.Run(new NewReportOptions { Agency = agency, Year = year, Template = template, OutDirectory = _folder });

        Assert.Equal(new UseCaseFailure(FailureKind.BadUsage, message), created.Failure);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
