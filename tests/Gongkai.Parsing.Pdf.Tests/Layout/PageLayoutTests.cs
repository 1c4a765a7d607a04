using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class PageLayoutTests
{
    private static readonly double[] Xs = [72, 272, 372];

    private static List<PageItem> Items(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return PageLayout.Read(document.GetPage(1), PdfReaderLimits.Default);
    }

    [Fact]
    public void Reads_a_ruled_table_cell_by_cell()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
            PdfFiles.RuledTable(page, font, Xs, [700, 680, 660, 640], [["Item", "Count"], ["Rules", "0"], ["Licences", "1386"]])));

        var table = Assert.IsType<TableItem>(Assert.Single(items));
        Assert.Equal([["Item", "Count"], ["Rules", "0"], ["Licences", "1386"]], table.Cells);
        Assert.Equal(700, table.Top, 0.5);
    }

    [Fact]
    public void Leaves_merged_positions_of_a_ruled_table_empty()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            // The rule between the columns is missing in the top row: its text belongs to one merged cell.
            foreach (var y in new[] { 700.0, 680, 660 })
            {
                page.DrawLine(new PdfPoint(72, y), new PdfPoint(372, y), 0.5);
            }

            page.DrawLine(new PdfPoint(72, 700), new PdfPoint(72, 660), 0.5);
            page.DrawLine(new PdfPoint(372, 700), new PdfPoint(372, 660), 0.5);
            page.DrawLine(new PdfPoint(272, 680), new PdfPoint(272, 660), 0.5);
            page.AddText("Appeals", 10, new PdfPoint(180, 686), font);
            page.AddText("Upheld", 10, new PdfPoint(76, 666), font);
            page.AddText("2", 10, new PdfPoint(276, 666), font);
        }));

        var table = Assert.IsType<TableItem>(Assert.Single(items));
        Assert.Equal([["Appeals", ""], ["Upheld", "2"]], table.Cells);
    }

    [Fact]
    public void Reads_text_outside_tables_as_lines_split_into_cells_at_wide_gaps()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            page.AddText("Section one", 12, new PdfPoint(72, 760), font);
            page.AddText("Rules", 10, new PdfPoint(72, 700), font);
            page.AddText("0", 10, new PdfPoint(250, 700), font);
            page.AddText("27", 10, new PdfPoint(350, 700), font);
        }));

        var lines = items.OfType<TextItem>().OrderByDescending(i => i.Top).ToList();
        Assert.Equal(["Section one", "Rules027"], lines.Select(l => l.Text));
        Assert.Equal(["Rules", "0", "27"], lines[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Drops_page_numbers()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            page.AddText("Body text", 12, new PdfPoint(72, 760), font);
            page.AddText("- 3 -", 10, new PdfPoint(290, 40), font);
        }));

        Assert.Equal(["Body text"], items.OfType<TextItem>().Select(i => i.Text));
    }

    [Fact]
    public void Joins_a_line_that_runs_to_the_right_margin_with_the_next()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            page.AddText("Wide first line of the paragraph that runs on", 12, new PdfPoint(72, 760), font);
            page.AddText("and ends here.", 12, new PdfPoint(72, 744), font);
            page.AddText("Short", 12, new PdfPoint(72, 700), font);
            page.AddText("Next paragraph", 12, new PdfPoint(72, 684), font);
        }));

        Assert.Equal(["Wide first line of the paragraph that runs onand ends here.", "Short", "Next paragraph"], items.OfType<TextItem>().Select(i => i.Text));
    }

    [Fact]
    public void Does_not_join_a_line_set_flush_right_with_the_next()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            page.AddText("A body line of the report that runs to the margin", 12, new PdfPoint(72, 760), font);
            page.AddText("Archives Bureau", 12, new PdfPoint(300, 730), font);
            page.AddText("18 February 2021", 12, new PdfPoint(280, 714), font);
            page.AddText("Share", 12, new PdfPoint(72, 698), font);
        }));

        Assert.Equal(["A body line of the report that runs to the margin", "Archives Bureau", "18 February 2021", "Share"], items.OfType<TextItem>().Select(i => i.Text));
    }

    [Theory]
    [InlineData("王村镇6个镇办被评为“优秀”。", "二、主动公开政府信息情况", true)]
    [InlineData("区政府部门被评为\"优秀\"；", "三、收到和处理政府信息公开申请情况", true)]
    [InlineData("全年共受理申请40件，其中", "二、三类事项另行统计。", false)]
    [InlineData("全年共受理申请40件。", "二十件已经办结。", false)]
    [InlineData("全年共受理申请40件。", "（二）依申请公开", false)]
    public void A_finished_sentence_at_the_margin_is_not_wrapped_onto_a_numbered_section_heading(string open, string next, bool opens)
    {
        Assert.Equal(opens, PageLayout.OpensSection(open, next));
    }

    [Fact]
    public void Does_not_join_lines_across_a_table_between_them()
    {
        var items = Items(PdfFiles.Build((page, font, _) =>
        {
            page.AddText("The figures are in the table below", 12, new PdfPoint(72, 760), font);
            PdfFiles.RuledTable(page, font, Xs, [700, 680, 660], [["Rules", "0"], ["Licences", "1386"]]);
            page.AddText("Section three", 12, new PdfPoint(72, 600), font);
        }));

        var texts = items.OrderByDescending(i => i.Top).Select(i => i is TextItem text ? text.Text : "table").ToList();
        Assert.Equal(["The figures are in the table below", "table", "Section three"], texts);
    }

    [Fact]
    public void Keeps_the_space_after_a_word_ending_in_a_narrow_letter()
    {
        var items = Items(PdfFiles.Build((page, font, _) => page.AddText("Annual Report", 16, new PdfPoint(72, 760), font)));

        Assert.Equal("Annual Report", Assert.IsType<TextItem>(Assert.Single(items)).Text);
    }
}
