using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class CrawlHeaderTests
{
    private const string Body = "一、总体情况\n2021年，本局认真贯彻《条例》。\n二、主动公开政府信息情况\n";

    [Fact]
    public void A_leading_block_of_portal_keys_ended_by_the_body_marker_is_the_portal_metadata_not_body()
    {
        var document = TestText.Read("标题: 青禾县林业局2021年政府信息公开工作年度报告\n发布时间: 2022-01-25 09:30\n文号: \n发布机构: 青禾县林业局\n栏目: 政府信息公开年报\n原始链接: https://example.gov.cn/a.htm\n正文:\n" + Body);

        Assert.NotNull(document.Portal);
        Assert.Equal("青禾县林业局2021年政府信息公开工作年度报告", document.Portal.Title);
        Assert.Equal(new DateTime(2022, 1, 25, 9, 30, 0), document.Portal.PublishedAt);
        Assert.Equal("青禾县林业局", document.Portal.Publisher);
        Assert.Equal("https://example.gov.cn/a.htm", document.Portal.Url);
        Assert.Equal(1, document.Portal.TitleSource.Line);
        var first = Assert.IsType<SourceParagraph>(document.Blocks[0]);
        Assert.Equal("一、总体情况", first.Text);
        Assert.Equal(8, first.Source.Line);
        Assert.DoesNotContain(document.Blocks.OfType<SourceParagraph>(), p => p.Text.Contains("发布时间", StringComparison.Ordinal));
    }

    [Fact]
    public void Keys_in_any_order_with_notes_before_a_ruled_marker_are_a_header()
    {
        var document = TestText.Read("原文链接: https://example.gov.cn/b.htm\n发布机构: \n标题: 澄江市示例区2015年度政府信息公开工作年度报告\n本地目录: zwgk/4004\n页面链接与图片详见 links.tsv(同目录)\n==================== 正文 ====================\n" + Body);

        Assert.NotNull(document.Portal);
        Assert.Null(document.Portal.Publisher);
        Assert.Null(document.Portal.PublishedAt);
        Assert.Equal("https://example.gov.cn/b.htm", document.Portal.Url);
        Assert.Equal("一、总体情况", Assert.IsType<SourceParagraph>(document.Blocks[0]).Text);
    }

    [Fact]
    public void A_report_whose_own_text_starts_with_one_key_keeps_it_as_body()
    {
        var document = TestText.Read("标题：青禾县林业局2021年政府信息公开工作年度报告\n" + Body);

        Assert.Null(document.Portal);
        Assert.Equal("标题：青禾县林业局2021年政府信息公开工作年度报告", Assert.IsType<SourceParagraph>(document.Blocks[0]).Text);
    }
}
