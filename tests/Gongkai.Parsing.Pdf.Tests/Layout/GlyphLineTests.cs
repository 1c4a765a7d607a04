using Gongkai.Parsing.Pdf.Layout;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class GlyphLineTests
{
    private const double Size = 16;
    private const double Baseline = 700;

    // A glyph box as the page layout builds it: from the baseline and the font size.
    private static Glyph At(string value, double left, double width = Size, double baseline = Baseline, double size = Size) =>
        new(value, left, baseline - size * 0.15, left + width, baseline + size * 0.8, size);

    private static GlyphLine Line(params Glyph[] glyphs)
    {
        var line = new GlyphLine(glyphs[0]);
        foreach (var glyph in glyphs.Skip(1))
        {
            line.Add(glyph);
        }

        return line;
    }

    [Fact]
    public void Splits_cells_at_gaps_wider_than_the_cell_gap()
    {
        var line = Line(At("规", 72), At("章", 88), At("0", 200, 8), At("3", 300, 8));

        var cells = line.Cells(2.0);

        Assert.Equal(["规章", "0", "3"], cells.Select(c => c.Text));
        Assert.Equal((72, 104), (cells[0].Left, cells[0].Right));
        Assert.Equal((200, 208), (cells[1].Left, cells[1].Right));
    }

    [Fact]
    public void Never_glues_figures_of_two_narrow_columns()
    {
        // 13612 | 252 three quarters of an em apart: narrower than a column gap, wider than any gap inside a number.
        var figures = "13612".Select((d, i) => At(d.ToString(), 300 + i * 8, 8)).Concat("252".Select((d, i) => At(d.ToString(), 352 + i * 8, 8))).ToArray();
        var line = Line(figures);

        Assert.Equal(["13612", "252"], line.Cells().Select(c => c.Text));
        Assert.Single(line.Cells(2.0));
    }

    [Fact]
    public void Keeps_a_number_whole_and_text_before_a_figure_together()
    {
        var line = Line(At("1", 300, 8), At("3", 308, 8), At("6", 318, 8), At("件", 330), At("数", 346), At("2", 368, 8));

        Assert.Equal(["136件数2"], line.Cells().Select(c => c.Text));
    }

    [Fact]
    public void Joins_chinese_without_spaces_even_across_a_small_gap()
    {
        var line = Line(At("行", 72), At("政", 88), At("复", 114), At("议", 130));

        Assert.Equal("行政复议", Assert.Single(line.Cells(2.0)).Text);
    }

    [Fact]
    public void Puts_a_space_between_latin_words_and_none_inside_them()
    {
        var line = Line(At("O", 72, 8), At("p", 80, 8), At("e", 88, 8), At("n", 96, 8), At("D", 110, 8), At("a", 118, 8), At("t", 126, 8), At("a", 134, 8));

        Assert.Equal("Open Data", Assert.Single(line.Cells(2.0)).Text);
    }

    [Fact]
    public void Puts_no_space_between_chinese_and_latin()
    {
        var line = Line(At("共", 72), At("1", 94, 8), At("2", 102, 8), At("件", 116));

        Assert.Equal("共12件", Assert.Single(line.Cells(2.0)).Text);
    }

    [Fact]
    public void Reads_glyphs_left_to_right_whatever_order_they_were_added_in()
    {
        var line = Line(At("议", 120), At("行", 72), At("复", 104), At("政", 88));

        Assert.Equal("行政复议", Assert.Single(line.Cells(2.0)).Text);
        Assert.Equal(72, line.Left);
        Assert.Equal(136, line.Right);
    }

    [Fact]
    public void Keeps_one_cell_when_the_cell_gap_is_unbounded()
    {
        var line = Line(At("规", 72), At("章", 88), At("0", 400, 8));

        Assert.Equal(["规章0"], line.Cells(double.MaxValue).Select(c => c.Text));
    }

    [Fact]
    public void Takes_glyphs_on_its_baseline_and_refuses_those_of_the_next_line()
    {
        var line = Line(At("规", 72), At("章", 88));

        Assert.True(line.Takes(At("一", 104)));
        Assert.True(line.Takes(At("1", 104, 8, baseline: Baseline + 1)));
        Assert.False(line.Takes(At("行", 72, baseline: Baseline - 24)));
        Assert.False(line.Takes(At("大", 200, 60, baseline: Baseline - 20, size: 60)));
    }

    [Fact]
    public void Spans_the_band_of_its_glyphs()
    {
        var line = Line(At("规", 72), At("章", 88, baseline: Baseline + 2));

        Assert.Equal(Baseline - Size * 0.15, line.Bottom);
        Assert.Equal(Baseline + 2 + Size * 0.8, line.Top);
        Assert.Equal(Size, line.FontSize);
    }
}
