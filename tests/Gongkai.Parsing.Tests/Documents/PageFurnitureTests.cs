using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Tests.Documents;

public sealed class PageFurnitureTests
{
    [Theory]
    [InlineData("- 3 -")]
    [InlineData("第 3 页")]
    [InlineData("第3页 共12页")]
    [InlineData("3 / 12")]
    [InlineData("－ ３ －")]
    [InlineData("第３⻚，共１２⻚")] // ⻚ U+2EDA, the radicals-supplement look-alike of 页
    public void Recognises_page_numbers(string line)
    {
        Assert.True(PageFurniture.IsPageNumber(line));
    }

    [Theory]
    [InlineData("第三页")]
    [InlineData("一、总体情况")]
    [InlineData("2021年")]
    public void Leaves_other_lines(string line)
    {
        Assert.False(PageFurniture.IsPageNumber(line));
    }

    [Theory]
    [InlineData("12/2/26, 9:35 AM")]
    [InlineData("12/2/26,9:35 AM")]
    [InlineData("2026/12/2 09:35")]
    [InlineData("2026-12-02 下午 3:05")]
    [InlineData("file:///work/main/tests/fixtures/raw/s01-docx-2021-clean-html.html")]
    [InlineData("ﬁle:///tmp/report.html")]
    [InlineData("https://www.example.gov.cn/art/2022/1/20/art_1.html")]
    [InlineData("1/6")]
    [InlineData("第 3 页")]
    public void Recognises_the_parts_of_a_browsers_print_header_and_footer(string part) =>
        Assert.True(PageFurniture.IsPrintChrome(part));

    [Theory]
    [InlineData("2023年1月18日")]
    [InlineData("梧桐市档案局2020年政府信息公开工作年度报告")]
    [InlineData("全年共收到申请50件，办结48件。")]
    [InlineData("12")]
    [InlineData("详见 http 协议说明")]
    public void Leaves_report_text_alone(string text) =>
        Assert.False(PageFurniture.IsPrintChrome(text));

    [Fact]
    public void A_running_lines_key_ignores_its_changing_page_number() =>
        Assert.Equal(PageFurniture.RunningKey("file:///a/report.html 1/6"), PageFurniture.RunningKey("file:///a/report.html  5/6"));

    [Fact]
    public void Different_running_lines_have_different_keys() =>
        Assert.NotEqual(PageFurniture.RunningKey("梧桐市档案局"), PageFurniture.RunningKey("梧桐市财政局"));
}
