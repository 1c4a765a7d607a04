using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class ParagraphRowJoinerTests
{
    private static List<string[]> Join(params string[] lines) =>
        ParagraphRowJoiner.Join(TestText.Paragraphs(lines)).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Fact]
    public void Joins_a_label_line_and_its_figure_lines_into_one_row()
    {
        Assert.Equal([["行政许可", "2", "+3", "7"]], Join("行政许可", "2", "+3", "7"));
    }

    [Theory]
    [InlineData("增", "增3")]
    [InlineData("减", "减3")]
    [InlineData("+", "+3")]
    public void Joins_the_sign_of_a_change_printed_on_its_own_line_to_its_figure(string sign, string joined)
    {
        Assert.Equal([["行政许可", "2", joined, "7"], ["行政处罚", "0"]], Join("行政许可", "2", sign, "3", "7", "行政处罚", "0"));
    }

    [Fact]
    public void Leaves_a_sign_with_no_figure_after_it_as_a_label()
    {
        Assert.Equal([["行政许可", "2"], ["增", "行政处罚", "0"]], Join("行政许可", "2", "增", "行政处罚", "0"));
    }
}
