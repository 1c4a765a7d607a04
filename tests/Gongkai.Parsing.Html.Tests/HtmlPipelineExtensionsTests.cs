using System.Text;
using Gongkai.Parsing.Html.Tests.Support;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlPipelineExtensionsTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseHtml().Build();

    public static TheoryData<string> Pages() => ReaderFixtures.WithTruth(".html");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parses_each_fixture_page_to_its_truth(string name) => ReaderFixtures.AssertParsesToTruth(Pipeline, name);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parses_each_fixture_page_written_with_look_alike_code_points_to_its_truth(string name)
    {
        var page = LookAlikeFixtures.Html(name);

        LookAlikeFixtures.AssertParsesToTruth(Pipeline, page, name, name);

        // The report's container and the title the portal prints outside it are found as on the clean page.
        var clean = Pipeline.ReadDocument(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name)), name).Blocks;
        var disguised = Pipeline.ReadDocument(page, name).Blocks;
        Assert.Equal(clean.Select(b => b.Source), disguised.Select(b => b.Source));
    }

    [Fact]
    public void Uses_the_limits_it_is_given()
    {
        var pipeline = new ReportPipelineBuilder().UseHtml(new HtmlReaderLimits { MaxBytes = 100 }).Build();
        var page = Encoding.UTF8.GetBytes($"<html><body>{HtmlPages.ReportBody}</body></html>");

        var result = pipeline.Parse(page, "limited.html");

        Assert.False(result.Succeeded);
        Assert.Contains("limited.html", result.Failure, StringComparison.Ordinal);
        Assert.Contains("网页过大", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_the_reader_so_that_a_page_is_no_longer_refused_as_unsupported()
    {
        var page = Encoding.UTF8.GetBytes("<html><body><p>通知公告</p></body></html>");

        var without = new ReportPipelineBuilder().Build().Parse(page, "notice.html");
        var with = Pipeline.Parse(page, "notice.html");

        Assert.Contains("HTML", without.Failure, StringComparison.Ordinal);
        Assert.Contains("不是政府信息公开工作年度报告", with.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_throws_for_damaged_pages()
    {
        var random = new Random(20210101);
        var original = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, "s02-docx-2019-errors-html.html"));
        for (var round = 0; round < 20; round++)
        {
            var damaged = (byte[])original.Clone();
            for (var i = 0; i < 200; i++)
            {
                damaged[random.Next(16, damaged.Length)] = (byte)random.Next(256);
            }

            var cut = damaged.AsMemory(0, random.Next(16, damaged.Length));
            var result = Pipeline.Parse(cut, "damaged.html");

            Assert.True(result.Succeeded || result.Failure.Contains("damaged.html", StringComparison.Ordinal));
        }
    }
}
