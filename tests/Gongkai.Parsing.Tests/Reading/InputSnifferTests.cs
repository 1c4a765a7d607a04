using System.Text;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Tests.Reading;

public sealed class InputSnifferTests
{
    public static TheoryData<byte[], InputKind> Heads => new()
    {
        { "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray(), InputKind.Pdf },
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], InputKind.Zip },
        { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], InputKind.OleCompound },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46], InputKind.Image },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], InputKind.Image },
        { "GIF89a\x01\x00\x01\x00"u8.ToArray(), InputKind.Image },
        { "{\\rtf1\\ansi\\ansicpg936"u8.ToArray(), InputKind.Rtf },
        { "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>"u8.ToArray(), InputKind.Html },
        { "<html>\n<body><table><tr><td>规章</td></tr></table>"u8.ToArray(), InputKind.Html },
        { "  \r\n<!doctype HTML>"u8.ToArray(), InputKind.Html },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Recognises_the_kind_from_the_first_bytes(byte[] head, InputKind expected)
    {
        Assert.Equal(expected, InputSniffer.Sniff(head));
    }

    [Fact]
    public void Reads_plain_chinese_text_as_text()
    {
        var head = Encoding.UTF8.GetBytes("梧桐市档案局2020年政府信息公开工作年度报告\n一、总体情况\n");

        Assert.Equal(InputKind.Text, InputSniffer.Sniff(head));
    }

    [Fact]
    public void Reads_text_that_starts_with_a_less_than_sign_but_no_markup_as_text()
    {
        var head = Encoding.UTF8.GetBytes("<附件>梧桐市档案局2020年政府信息公开工作年度报告");

        Assert.Equal(InputKind.Text, InputSniffer.Sniff(head));
    }

    [Fact]
    public void Finds_a_pdf_header_after_junk_bytes()
    {
        var head = Encoding.ASCII.GetBytes("\r\n\r\nJUNK%PDF-1.4\n");

        Assert.Equal(InputKind.Pdf, InputSniffer.Sniff(head));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\n")]
    public void Reads_no_bytes_or_whitespace_only_as_empty(string text)
    {
        Assert.Equal(InputKind.Empty, InputSniffer.Sniff(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Reads_a_lone_byte_order_mark_as_empty()
    {
        Assert.Equal(InputKind.Empty, InputSniffer.Sniff([0xEF, 0xBB, 0xBF, 0x0A]));
    }

    [Theory]
    [InlineData("<p style=\"text-indent:2em\">青禾县林业局2023年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<table><tr><td>规章</td></tr></table>")]
    [InlineData("\t<p>一、总体情况</p><p>二、主动公开政府信息情况</p>")]
    [InlineData("\uFEFF  \r\n<p>一、总体情况</p>\n<div>正文</div>")]
    [InlineData("青禾县林业局2023年政府信息公开工作年度报告\n<p>一、总体情况</p>\n<p>（一）主动公开</p>")]
    [InlineData("<table border=\"1\"><tbody><tr><td>信息内容</td><td>本年制发件数</td></tr></tbody></table>")]
    [InlineData("<span>发布时间：2024-01-20</span><br/><p>一、总体情况</p><p>正文</p>")]
    public void Reads_an_article_body_without_html_or_body_as_html(string fragment)
    {
        Assert.Equal(InputKind.Html, InputSniffer.Sniff(Encoding.UTF8.GetBytes(fragment)));
    }

    [Fact]
    public void Reads_a_gb18030_fragment_with_text_before_its_first_tag_as_html()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var head = Encoding.GetEncoding("GB18030").GetBytes("澄江市示例区统计局\n2022年政府信息公开工作年度报告\n<p>一、总体情况</p><p>正文</p>");

        Assert.Equal(InputKind.Html, InputSniffer.Sniff(head));
    }

    [Theory]
    [InlineData("青禾县林业局2023年政府信息公开工作年度报告\n一、总体情况\n本局网站把报告放在<table>标签中发布。\n二、主动公开政府信息情况\n")]
    [InlineData("# 青禾县林业局2023年报告\n\n| 信息内容 | 本年制发<br>件数 | 本年废止<br>件数 |\n|---|---|---|\n| 规章 | 0<br> | 0 |\n")]
    [InlineData("标题\n第二行\n第三行\n第四行\n第五行\n<p>一、总体情况</p><p>正文</p><div>x</div></div>")]
    [InlineData("<p>一、总体情况")]
    public void Keeps_text_that_only_mentions_tags_as_text(string text)
    {
        Assert.Equal(InputKind.Text, InputSniffer.Sniff(Encoding.UTF8.GetBytes(text)));
    }
}
