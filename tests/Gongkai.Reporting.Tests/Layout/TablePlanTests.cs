using Gongkai.Core.Model;
using Gongkai.Reporting.Layout;
using Gongkai.Reporting.Tests.Support;

namespace Gongkai.Reporting.Tests.Layout;

public sealed class TablePlanTests
{
    // The type area of GB/T 9704 (156 mm) in ems of 五号 (10.5 pt) and 小五 (9 pt).
    private const double Regular = 156 / 25.4 * 72 / 10.5;
    private const double Dense = 156 / 25.4 * 72 / 9;

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void Columns_fill_the_type_area_and_hold_their_figures_on_one_line(TemplateVersion template)
    {
        foreach (var table in Tables(template))
        {
            var width = TablePlan.IsDense(table) ? Dense : Regular;
            var plan = TablePlan.For(table, width);

            Assert.Equal(table.Columns, plan.Widths.Count);
            Assert.Equal(width, plan.Widths.Sum(), 6);
            foreach (var (cell, _, column) in table.Placed().Where(p => !p.Cell.IsLabel && p.Cell.ColumnSpan == 1))
            {
                Assert.True(plan.Widths[column] >= TablePlan.TextWidth(cell.Text) + TablePlan.CellPadding, $"{table.Title}: {cell.Text} in column {column}");
            }
        }
    }

    [Fact]
    public void Table_three_has_a_narrow_stacked_column_wider_label_columns_and_even_header_lines()
    {
        var table = Tables(TemplateVersion.V2021).Single(t => t.Columns == 10);
        var plan = TablePlan.For(table, Dense);

        Assert.Equal(["三、本年度办理结果"], plan.Stacked.Select(c => c.Text));
        Assert.True(plan.Widths[0] < 2, "三、本年度办理结果 down a column one character wide");
        Assert.True(plan.Widths[1] >= 7 + TablePlan.CellPadding, "（三）不予公开 on one line");
        Assert.True(plan.Widths[2] > plan.Widths[1], "the items' column is the widest");
        Assert.True(plan.Widths[3] >= 3 + TablePlan.CellPadding, "自然人 on one line");
        Assert.All(plan.Widths.Skip(4), w => Assert.InRange(w, 2 + TablePlan.CellPadding, 3 + TablePlan.CellPadding)); // 商业/企业
        Assert.True(TablePlan.IsDense(table));
    }

    [Fact]
    public void Table_four_fits_fifteen_equal_columns_in_portrait_with_two_characters_a_line()
    {
        var table = Tables(TemplateVersion.V2021).Single(t => t.Columns == 15);
        var plan = TablePlan.For(table, Dense);

        Assert.All(plan.Widths, w => Assert.Equal(Dense / 15, w, 6));
        Assert.True(Dense / 15 - TablePlan.CellPadding >= 2, "结果/维持 in lines of two");
    }

    [Fact]
    public void Table_two_gives_its_label_column_about_a_third_and_is_set_in_the_regular_size()
    {
        var table = Tables(TemplateVersion.V2019).Single(t => t.Columns == 4);
        var plan = TablePlan.For(table, Regular);

        Assert.False(TablePlan.IsDense(table));
        Assert.InRange(plan.Widths[0] / Regular, 0.3, 0.45);
        Assert.Equal(plan.Widths[1], plan.Widths[2], 6);
    }

    [Fact]
    public void Only_a_table_with_one_header_repeats_it_and_short_blocks_stay_together()
    {
        var tables = Tables(TemplateVersion.V2021);
        var (proactive, requests, appeals) = (tables.Single(t => t.Columns == 4), tables.Single(t => t.Columns == 10), tables.Single(t => t.Columns == 15));

        Assert.Equal(0, TablePlan.For(proactive, Regular).HeaderRows); // each 第二十条 item has its own header
        Assert.Equal(3, TablePlan.For(requests, Dense).HeaderRows);
        Assert.Equal(3, TablePlan.For(appeals, Dense).HeaderRows);

        // Table 二: each item (caption, header, rows) on one page: every row keeps with the next but the item's last.
        var keep = TablePlan.For(proactive, Regular).KeepWithNext;
        for (var r = 0; r < proactive.Rows.Count; r++)
        {
            var lastOfItem = r == proactive.Rows.Count - 1 || proactive.Rows[r + 1] is [{ ColumnSpan: 4 }];
            Assert.Equal(!lastOfItem, keep[r]);
        }

        // Table 三 is too long to keep: its header stays with the first row of figures, the rest may break anywhere.
        Assert.Equal([true, true, true, .. Enumerable.Repeat(false, requests.Rows.Count - 3)], TablePlan.For(requests, Dense).KeepWithNext);
        Assert.Equal([true, true, true, false], TablePlan.For(appeals, Dense).KeepWithNext);
    }

    [Theory]
    [InlineData("自然人", 3)]
    [InlineData("2021年", 3)]
    [InlineData("（三）不予公开", 7)]
    [InlineData("“三安全一稳定”", 8)]
    public void Text_width_counts_Chinese_characters_as_one_and_digits_as_half(string text, double width) =>
        Assert.Equal(width, TablePlan.TextWidth(text));

    private static List<LaidOutTable> Tables(TemplateVersion template) =>
        SampleReports.Document(template).Parts.Select(p => p.Table).OfType<LaidOutTable>().ToList();
}
