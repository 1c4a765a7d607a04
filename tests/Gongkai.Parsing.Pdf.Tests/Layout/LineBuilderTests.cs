using Gongkai.Parsing.Pdf.Layout;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class LineBuilderTests
{
    private const double Size = 16;

    // A glyph box as the page layout builds it: from the baseline and the font size, whatever the ink.
    private static Glyph At(string value, double left, double baseline, double size = Size) =>
        new(value, left, baseline - size * 0.15, left + size, baseline + size * 0.8, size);

    private static List<string> Texts(IEnumerable<Glyph> glyphs) =>
        LineBuilder.Build(glyphs).Select(line => Assert.Single(line.Cells(double.MaxValue)).Text).ToList();

    [Fact]
    public void Keeps_a_flat_glyph_such_as_yi_on_its_line()
    {
        // 一 has almost no ink; with a box from its baseline it is as tall as its neighbours.
        var glyphs = new[] { At("一", 72, 700), At("、", 88, 700), At("总", 104, 700), At("体", 120, 700), At("第", 72, 676), At("一", 88, 676), At("条", 104, 676) };

        Assert.Equal(["一、总体", "第一条"], Texts(glyphs));
    }

    [Fact]
    public void Orders_lines_top_down_and_glyphs_left_to_right()
    {
        var glyphs = new[] { At("况", 120, 676), At("二", 72, 700), At("情", 104, 676), At("、", 88, 700), At("主", 72, 676) };

        Assert.Equal(["二、", "主情况"], Texts(glyphs));
    }

    [Fact]
    public void Keeps_a_glyph_printed_slightly_off_the_baseline_on_its_line()
    {
        var glyphs = new[] { At("第", 72, 700), At("1", 88, 701.5, 10), At("页", 100, 700) };

        Assert.Equal(["第1页"], Texts(glyphs));
    }

    [Fact]
    public void Separates_a_title_from_the_smaller_line_below_it()
    {
        var glyphs = new[] { At("年", 200, 760, 22), At("度", 222, 760, 22), At("报", 244, 760, 22), At("告", 266, 760, 22), At("一", 72, 730), At("、", 88, 730) };

        Assert.Equal(["年度报告", "一、"], Texts(glyphs));
    }

    [Fact]
    public void Builds_no_lines_from_no_glyphs()
    {
        Assert.Empty(LineBuilder.Build([]));
    }
}
