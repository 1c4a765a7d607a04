using Gongkai.Parsing.Html.Tests.Support;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Html.Tests;

public sealed class ContentLocatorTests
{
    private const string Header = """
        <div class="top"><div class="logo">柏舟县人民政府</div>
        <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/ndbg/">政府信息公开年报</a></li></ul></div>
        """;

    private const string Sidebar = """
        <div class="left"><h3>政府信息公开</h3><ul>
        <li><a href="/zn/">政府信息公开指南</a></li><li><a href="/fy/">行政复议指南</a></li><li><a href="/zt/">总体情况一览</a></li>
        </ul></div>
        """;

    private const string Footer = """<div class="footer">主办：柏舟县人民政府办公室　联系电话：0000-1234567</div>""";

    [Fact]
    public void Chooses_the_article_container_among_navigation_header_footer_and_sidebar()
    {
        using var document = HtmlPages.Parse($"""
            <html><body>{Header}
            <div class="main">{Sidebar}
            <div class="right"><div class="info">发布时间：2022-01-20</div><div id="zoom">{HtmlPages.ReportBody}</div></div>
            </div>{Footer}</body></html>
            """);

        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("zoom", content.Id);
    }

    [Fact]
    public void Keeps_the_common_parent_when_the_report_is_split_over_sibling_containers()
    {
        using var document = HtmlPages.Parse($"""
            <html><body>{Header}
            <div id="article">
              <div class="part"><p>一、总体情况</p><p>二、主动公开政府信息情况</p></div>
              <div class="part"><p>三、收到和处理政府信息公开申请情况</p><p>六、其他需要报告的事项</p></div>
            </div>{Footer}</body></html>
            """);

        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("article", content.Id);
    }

    [Fact]
    public void Returns_the_body_of_a_page_without_report_landmarks()
    {
        using var document = HtmlPages.Parse("<html><body><div id=\"a\"><p>通知公告</p></div><div id=\"b\">联系我们</div></body></html>");

        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("BODY", content.TagName);
    }

    [Theory]
    [InlineData("<div class=\"title\"><h1>柏舟县档案局2021年政府信息公开工作年度报告</h1></div>")]
    [InlineData("<div class=\"article-title\">柏舟县档案局2021年政府信息公开工作年度报告</div>")]
    [InlineData("<h2>柏舟县档案局2021年政府信息公开工作年度报告</h2>")]
    [InlineData("<div class=\"tit\">柏舟县档案局2021年政府信息公开工作年度报告</div>")]
    [InlineData("<div id=\"title\">柏舟县档案局2021年政府信息公开工作年度报告</div>")]
    [InlineData("<span class=\"newsTitle\">柏舟县档案局2021年政府信息公开工作年度报告</span>")]
    public void Finds_a_title_printed_above_the_article_container(string title)
    {
        using var document = HtmlPages.Parse($"<html><body>{Header}{title}<div id=\"zoom\">{HtmlPages.ReportBody}</div>{Footer}</body></html>");
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("柏舟县档案局2021年政府信息公开工作年度报告", ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Theory]
    [InlineData("柏舟县档案局2021年政府信息公开工作年度报告_柏舟县人民政府网")]
    [InlineData("柏舟县档案局2021年政府信息公开工作年度报告 | 柏舟县人民政府")]
    [InlineData("柏舟县档案局2021年政府信息公开工作年度报告－柏舟县人民政府")]
    public void Takes_the_title_element_without_its_site_suffix_when_no_heading_names_the_report(string title)
    {
        using var document = HtmlPages.Parse($"<html><head><title>{title}</title></head><body>{Header}<div id=\"zoom\">{HtmlPages.ReportBody}</div></body></html>");
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("柏舟县档案局2021年政府信息公开工作年度报告", ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Fact]
    public void Finds_no_outside_title_when_the_container_starts_with_the_title()
    {
        using var document = HtmlPages.Parse($"""
            <html><head><title>柏舟县档案局2021年政府信息公开工作年度报告_柏舟县人民政府网</title></head><body>
            <div id="zoom"><h1>柏舟县档案局2021年政府信息公开工作年度报告</h1>{HtmlPages.ReportBody}</div></body></html>
            """);
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Null(ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Theory]
    [InlineData("<div data-role=\"title\">柏舟县档案局2021年政府信息公开工作年度报告</div>")]
    [InlineData("<div class=\"headline\" lang=\"zh\">柏舟县档案局2021年政府信息公开工作年度报告</div>")]
    [InlineData("<h4>柏舟县档案局2021年政府信息公开工作年度报告</h4>")]
    public void Takes_no_title_from_an_element_that_no_title_selector_names(string element)
    {
        using var document = HtmlPages.Parse($"<html><body>{Header}{element}<div id=\"zoom\">{HtmlPages.ReportBody}</div>{Footer}</body></html>");
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Null(ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Fact]
    public void Finds_no_title_when_nothing_names_an_annual_report()
    {
        using var document = HtmlPages.Parse($"<html><head><title>政务公开_柏舟县人民政府网</title></head><body><h1>政务公开</h1><div id=\"zoom\">{HtmlPages.ReportBody}</div></body></html>");
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Null(ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Fact]
    public void Finds_the_title_above_a_container_that_opens_with_the_usual_sentence_about_this_report()
    {
        using var document = HtmlPages.Parse($"""
            <html><body>{Header}<div class="title"><h1>柏舟县档案局2021年政府信息公开工作年度报告</h1></div>
            <div id="zoom"><p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p>{HtmlPages.ReportBody}</div></body></html>
            """);
        var content = ContentLocator.Locate(document, ReportLandmarks.AnnualReport);

        Assert.Equal("柏舟县档案局2021年政府信息公开工作年度报告", ContentLocator.TitleOutside(document, content, ReportLandmarks.AnnualReport));
    }

    [Fact]
    public void Looks_for_the_landmarks_the_pipeline_supplies_not_phrases_of_its_own()
    {
        using var document = HtmlPages.Parse($"""
            <html><body>{Header}
            <div id="article"><div id="first"><p>甲项</p><p>乙项</p></div><div id="second"><p>丙项</p></div></div>{Footer}</body></html>
            """);

        Assert.Equal("article", ContentLocator.Locate(document, new ReportLandmarks(["甲项", "丙项"], "年度报告")).Id);
        Assert.Equal("first", ContentLocator.Locate(document, new ReportLandmarks(["甲项", "乙项"], "年度报告")).Id);
    }
}
