using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class TableContinuationTests
{
    private static readonly double[] Xs = [72, 272, 372, 472];

    [Fact]
    public void The_rows_of_a_table_cut_by_a_page_break_are_read_in_its_columns_on_the_next_page()
    {
        // Page 1 ends with the table (its rules run to the page's foot); page 2 prints the last row without rules
        // and its two numbers only 10 pt apart: they would glue as one cell without the columns.
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                page.AddText("Table two", 12, new PdfPoint(72, 120), font);
                PdfFiles.RuledTable(page, font, Xs, [100, 80, 60], [["Item", "New", "Total"], ["Rules", "1", "2"]]);
            }
            else
            {
                page.AddText("Fees", 10, new PdfPoint(76, 786), font);
                page.AddText("3", 10, new PdfPoint(360, 786), font);
                page.AddText("4", 10, new PdfPoint(376, 786), font);
                page.AddText("Section three", 12, new PdfPoint(72, 740), font);
            }
        }, pages: 2);

        var document = PdfFiles.Read(pdf);

        Assert.Equal(["P Table two", "G Item|New|Total / Rules|1|2", "G Fees|3|4", "P Section three"], PdfFiles.Describe(document));
        var rest = document.Blocks.OfType<SourceTable>().Last();
        Assert.Equal(2, rest.Rows[0].Source.Page);
        Assert.Equal(372, rest.Rows[0].Cells[2].Source.Box!.Value.X0, 0.5);
        Assert.Equal(472, rest.Rows[0].Cells[2].Source.Box!.Value.X1, 0.5);
    }

    [Fact]
    public void A_page_that_starts_with_text_after_a_table_is_not_a_continuation()
    {
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                PdfFiles.RuledTable(page, font, Xs, [100, 80, 60], [["Item", "New", "Total"], ["Rules", "1", "2"]]);
            }
            else
            {
                page.AddText("Section three of the report stated in words", 12, new PdfPoint(72, 786), font);
            }
        }, pages: 2);

        Assert.Equal(["G Item|New|Total / Rules|1|2", "P Section three of the report stated in words"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }

    [Fact]
    public void A_row_whose_label_ends_one_page_and_whose_numbers_open_the_next_is_one_row()
    {
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                PdfFiles.RuledTable(page, font, Xs, [100, 80, 60, 40], [["Item", "New", "Total"], ["Rules", "1", "2"], ["Fees", "", ""]]);
            }
            else
            {
                PdfFiles.RuledTable(page, font, Xs, [800, 780, 760], [["", "3", "4"], ["Appeals", "5", "6"]]);
            }
        }, pages: 2);

        var document = PdfFiles.Read(pdf);

        Assert.Equal(["G Item|New|Total / Rules|1|2 / Fees|3|4", "G Appeals|5|6"], PdfFiles.Describe(document));
        var fees = document.Blocks.OfType<SourceTable>().First().Rows[2];
        Assert.Equal([1, 2, 2], fees.Cells.Select(c => c.Source.Page));
    }

    [Fact]
    public void A_row_of_words_alone_at_a_pages_foot_is_not_joined_to_the_next_pages_first_row()
    {
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                PdfFiles.RuledTable(page, font, Xs, [100, 80, 60], [["Item", "New", "Total"], ["Fees", "", ""]]);
            }
            else
            {
                PdfFiles.RuledTable(page, font, Xs, [800, 780, 760], [["Appeals", "5", "6"], ["Suits", "7", "8"]]);
            }
        }, pages: 2);

        Assert.Equal(["G Item|New|Total / Fees||", "G Appeals|5|6 / Suits|7|8"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }
}
