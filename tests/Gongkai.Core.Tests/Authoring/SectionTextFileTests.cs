using Gongkai.Core.Authoring;
using Gongkai.Core.Model;

namespace Gongkai.Core.Tests.Authoring;

public sealed class SectionTextFileTests
{
    [Fact]
    public void Headings_start_sections_and_the_paragraphs_below_are_their_text()
    {
        var sections = SectionTextFile.Read("# 正文\n\n前言不属于任何部分。\n\n## 一、总体情况\n\n第一段。\n\n### （一）主动公开\n第二段。\n\n## 五．存在的主要问题及改进情况\r\n\r\n三、下一步工作仍需加强。\n");

        Assert.Collection(sections,
            s =>
            {
                Assert.Equal(SectionKind.Overview, s.Kind);
                Assert.Equal("一、总体情况", s.Heading);
                Assert.Equal("第一段。\n（一）主动公开\n第二段。", s.Text);
            },
            s =>
            {
                Assert.Equal(SectionKind.Problems, s.Kind);
                Assert.Equal("三、下一步工作仍需加强。", s.Text); // numbered prose without the official words stays text
            });
    }

    [Fact]
    public void A_plain_line_with_the_numeral_and_the_official_words_is_a_heading()
    {
        var sections = SectionTextFile.Read("一、总体情况\n正文。\n六、其他需要报告的事项\n无。");

        Assert.Equal([SectionKind.Overview, SectionKind.Other], sections.Select(s => s.Kind));
        Assert.Equal("无。", sections[1].Text);
    }

    [Fact]
    public void Text_without_any_heading_is_refused_with_a_hint()
    {
        var error = Assert.Throws<FormatException>(() => SectionTextFile.Read("只有一段话。"));

        Assert.Contains("## 一、总体情况", error.Message, StringComparison.Ordinal);
    }
}
