using Gongkai.Core.Model;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class MetadataRecognizerTests
{
    private static ReportMetadata Recognize(params string[] paragraphs)
    {
        var rows = TestText.Paragraphs(paragraphs);
        return MetadataRecognizer.Recognize(rows, SectionRecognizer.Recognize(rows));
    }

    private static readonly string[] Body =
    [
        "一、总体情况",
        "2020年，本局认真贯彻《条例》。",
        "五、存在的主要问题及改进情况",
        "公开形式还比较单一。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ];

    [Theory]
    [InlineData("梧桐市档案局2020年政府信息公开工作年度报告")]
    [InlineData("梧桐市档案局 2020 年政府信息公开工作年度报告")]
    [InlineData("梧桐市档案局2020年度政府信息公开工作年度报告")]
    [InlineData("关于梧桐市档案局2020年政府信息公开工作年度报告")]
    [InlineData("梧桐市档案局二〇二〇年政府信息公开工作年度报告")]
    [InlineData("梧桐市档案局2020年政府信息公开年度报告")]
    [InlineData("2020年梧桐市档案局政府信息公开工作年度报告")]
    public void Reads_agency_and_year_from_the_title(string title)
    {
        var metadata = Recognize([title, .. Body]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(2020, metadata.Year);
    }

    [Theory]
    [InlineData("梧桐市档案局2020年政府信息公开工", "作年度报告")]
    [InlineData("梧桐市档案局2020年政府", "信息公开工作", "年度报告")]
    [InlineData("梧桐市档案局", "2020年政府信息公开", "工作年度报告")]
    public void Reads_a_title_broken_over_paragraphs(params string[] title)
    {
        var metadata = Recognize([.. title, .. Body]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(2020, metadata.Year);
    }

    [Fact]
    public void Finds_the_title_below_a_portals_navigation()
    {
        string[] navigation = ["网站首页", "政务公开", "政府信息公开", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "法定主动公开内容", "互动交流", "办事服务", "走进梧桐", "当前位置：首页 > 政府信息公开 > 年报", "字号：大 中 小", "【打印】【关闭】", "分享到："];

        var metadata = Recognize([.. navigation, "梧桐市档案局2020年政府信息公开工作年度报告", .. Body]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(2020, metadata.Year);
    }

    [Fact]
    public void Reads_the_agency_from_the_line_above_a_title_without_one()
    {
        var metadata = Recognize(["梧桐市档案局", "2020年政府信息公开工作年度报告", .. Body]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(2020, metadata.Year);
    }

    [Fact]
    public void Reads_the_agency_from_a_markdown_heading_above_the_title()
    {
        var rows = TestText.Rows("""
            # 荻港镇人民政府

            ## 2021年政府信息公开工作年度报告

            ## 一、总体情况

            全年主动公开信息300条。
            """);

        var metadata = MetadataRecognizer.Recognize(rows, SectionRecognizer.Recognize(rows));

        Assert.Equal("荻港镇人民政府", metadata.Agency);
        Assert.Equal(2021, metadata.Year);
    }

    [Fact]
    public void Reads_the_year_from_the_reporting_period_when_the_title_has_none()
    {
        var metadata = Recognize(["梧桐市档案局政府信息公开工作年度报告", "本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。", .. Body]);

        Assert.Equal(2020, metadata.Year);
    }

    [Theory]
    [InlineData("2021", "年", "1", "月", "20", "日")]
    [InlineData("20", "21", "年", "1", "月", "20", "日")]
    [InlineData("202", "1", "年", "1月2", "0", "日")]
    public void Reads_a_signature_date_broken_into_one_piece_per_line(params string[] pieces)
    {
        var metadata = Recognize(["梧桐市档案局2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局", .. pieces]);

        Assert.Equal(new DateOnly(2021, 1, 20), metadata.PublishedOn);
    }

    [Fact]
    public void Prefers_the_portal_title_agency_to_a_body_line_carrying_the_sentence_before_it()
    {
        var rows = TestText.Paragraphs(["特向", "社会公布梧桐市档案局", "2020年政府信息公开工作年度报告", .. Body]);
        var portal = new PortalMetadata { Title = "梧桐市档案局2020年政府信息公开工作年度报告" };

        var metadata = MetadataRecognizer.Recognize(rows, SectionRecognizer.Recognize(rows), portal);

        Assert.Equal("梧桐市档案局", metadata.Agency);
    }

    [Fact]
    public void Reads_the_date_from_the_signature_at_the_end()
    {
        var metadata = Recognize(["梧桐市档案局2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局", "2021年1月20日"]);

        Assert.Equal(new DateOnly(2021, 1, 20), metadata.PublishedOn);
        Assert.Equal([Body.Length + 1, Body.Length + 2], metadata.SignatureRows.Order());
    }

    [Fact]
    public void Reads_a_date_in_chinese_numerals_on_the_signature_line()
    {
        var metadata = Recognize(["梧桐市档案局2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局    二〇二一年一月二十日"]);

        Assert.Equal(new DateOnly(2021, 1, 20), metadata.PublishedOn);
    }

    [Fact]
    public void Does_not_take_a_date_in_the_middle_of_the_report_for_the_signature()
    {
        var metadata = Recognize(
            "梧桐市档案局2020年政府信息公开工作年度报告",
            "一、总体情况",
            "2020年6月9日",
            "本局召开政务公开专题会议。",
            "五、存在的主要问题及改进情况",
            "公开形式还比较单一。",
            "六、其他需要报告的事项",
            "本年度未收取信息处理费。");

        Assert.Null(metadata.PublishedOn);
        Assert.Empty(metadata.SignatureRows);
    }

    [Fact]
    public void Reads_the_agency_from_the_signature_when_the_title_lacks_it()
    {
        var metadata = Recognize(["2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局", "2021年1月20日"]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(2020, metadata.Year);
    }

    [Fact]
    public void Reads_the_agency_printed_before_the_date_on_one_line()
    {
        var metadata = Recognize(["2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局 2021年1月20日"]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
        Assert.Equal(new DateOnly(2021, 1, 20), metadata.PublishedOn);
    }

    [Fact]
    public void Prefers_the_title_agency_over_the_signature()
    {
        var metadata = Recognize(["梧桐市档案局2020年政府信息公开工作年度报告", .. Body, "梧桐市档案局办公室", "2021年1月20日"]);

        Assert.Equal("梧桐市档案局", metadata.Agency);
    }

    [Fact]
    public void Finds_nothing_in_prose()
    {
        var metadata = Recognize("今天天气很好。", "我们去公园散步。");

        Assert.Null(metadata.Agency);
        Assert.Null(metadata.Year);
        Assert.Null(metadata.PublishedOn);
    }

    [Theory]
    [InlineData("梧桐海关2020年政府信息公开工作年度报告")]
    [InlineData("梧桐海关关于2020年政府信息公开工作年度报告")]
    [InlineData("2020年梧桐海关政府信息公开工作年度报告")]
    public void Keeps_an_agency_name_that_ends_in_guan(string title)
    {
        Assert.Equal("梧桐海关", Recognize([title, .. Body]).Agency);
    }

    private static readonly Core.Model.PortalMetadata Portal = new()
    {
        Title = "青禾县林业局2021年度政府信息公开工作年度报告",
        PublishedAt = new DateTime(2022, 1, 25, 9, 30, 0),
        Publisher = "青禾县人民政府办公室",
        TitleSource = new Core.Model.SourceRef("test.txt", 1),
    };

    [Fact]
    public void Without_a_title_in_the_body_the_portal_title_names_agency_and_year_and_its_time_is_not_the_date()
    {
        var rows = TestText.Paragraphs([.. Body]);

        var metadata = MetadataRecognizer.Recognize(rows, SectionRecognizer.Recognize(rows), Portal);

        Assert.Equal("青禾县林业局", metadata.Agency);
        Assert.Equal(2021, metadata.Year);
        Assert.Null(metadata.PublishedOn);
        Assert.Equal(1, metadata.Sources[Core.Model.MetadataField.Agency].Line);
    }

    [Fact]
    public void The_portal_publisher_names_the_agency_only_when_nothing_else_does()
    {
        var rows = TestText.Paragraphs([.. Body]);

        var metadata = MetadataRecognizer.Recognize(rows, SectionRecognizer.Recognize(rows), Portal with { Title = null });

        Assert.Equal("青禾县人民政府办公室", metadata.Agency);
    }

    [Fact]
    public void A_title_quoted_in_the_opening_sentence_is_not_the_reports()
    {
        var metadata = Recognize(["根据《条例》和《", "梧桐市人民政府办公室关于做好", "2016", "年政府信息公开工作年度报告编制发布有关事项的通知》", "要求，编制本报告。", .. Body]);

        Assert.Null(metadata.Agency);
    }
}
