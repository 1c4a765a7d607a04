using System.Text;
using Gongkai.Parsing.Html.Tests.Support;

namespace Gongkai.Parsing.Html.Tests;

public sealed class HtmlDecoderTests
{
    private const string Body = "<body><p>柏舟县档案局2021年政府信息公开工作年度报告</p></body></html>";

    [Fact]
    public void Decodes_a_utf8_page()
    {
        var page = "<html><head><meta charset=\"utf-8\"></head>" + Body;

        var (text, encoding, _) = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(page), "a.html");

        Assert.Equal(page, text);
        Assert.Equal("utf-8", encoding);
    }

    [Fact]
    public void Decodes_a_utf8_page_with_a_byte_order_mark_and_drops_the_mark()
    {
        var page = "<html><head></head>" + Body;
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(page)];

        var (text, encoding, _) = HtmlDecoder.Decode(bytes, "a.html");

        Assert.Equal(page, text);
        Assert.Equal("utf-8-bom", encoding);
    }

    [Theory]
    [InlineData("<meta charset=gb2312>")]
    [InlineData("<meta charset=\"GB2312\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">")]
    [InlineData("<meta http-equiv='content-type' content='text/html;charset=GBK'>")]
    [InlineData("<meta charset=\"gb18030\">")]
    public void Reads_a_page_declared_as_gb2312_or_gbk_as_gb18030(string meta)
    {
        var page = "<html><head>" + meta + "</head>" + Body;

        var (text, encoding, _) = HtmlDecoder.Decode(HtmlPages.Gb18030.GetBytes(page), "gbk.html");

        Assert.Equal(page, text);
        Assert.Equal("gb18030", encoding);
    }

    [Fact]
    public void Reads_characters_outside_gb2312_in_a_page_declared_gb2312()
    {
        // 镕 is GBK only, 𠮷 needs GB18030's four-byte form: a page labelled gb2312 often holds both.
        var page = "<html><head><meta charset=gb2312></head><body><p>𠮷祥镇副镇长王镕</p></body></html>";

        var (text, _, _) = HtmlDecoder.Decode(HtmlPages.Gb18030.GetBytes(page), "gb2312.html");

        Assert.Contains("𠮷祥镇副镇长王镕", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Detects_gbk_in_a_page_that_declares_no_charset()
    {
        var page = "<html><head><title>年度报告</title></head>" + Body;

        var (text, encoding, _) = HtmlDecoder.Decode(HtmlPages.Gb18030.GetBytes(page), "plain.html");

        Assert.Equal(page, text);
        Assert.Equal("gb18030", encoding);
    }

    [Fact]
    public void Lets_a_byte_order_mark_win_over_a_gbk_declaration()
    {
        var page = "<html><head><meta charset=gbk></head>" + Body;
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(page)];

        var (text, encoding, _) = HtmlDecoder.Decode(bytes, "bom.html");

        Assert.Equal(page, text);
        Assert.Equal("utf-8-bom", encoding);
    }

    [Fact]
    public void Falls_back_to_gb18030_when_a_page_declared_utf8_is_gbk()
    {
        var page = "<html><head><meta charset=utf-8></head>" + Body;

        var (text, encoding, _) = HtmlDecoder.Decode(HtmlPages.Gb18030.GetBytes(page), "mislabelled.html");

        Assert.Equal(page, text);
        Assert.Equal("gb18030", encoding);
    }
}
