using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class PageMarginsTests
{
    [Fact]
    public void A_page_of_one_cell_per_line_takes_its_right_margin_from_the_pages_of_body_text()
    {
        // Page 1: a paragraph wrapped at the right margin. Page 2: a table printed one cell per line, its label the
        // widest line of the page but far from the margin, so that it does not run on into the figure below it.
        string[] cells = ["Partly published once", "5", "0", "0", "0", "5"];
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                for (var i = 0; i < 5; i++)
                {
                    page.AddText($"Body line {i} of a paragraph printed across the whole width of the page, up to its margin", 12, new PdfPoint(72, 760 - (16 * i)), font);
                }
            }
            else
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    page.AddText(cells[i], 12, new PdfPoint(72, 760 - (16 * i)), font);
                }
            }
        }, pages: 2);

        var described = PdfFiles.Describe(PdfFiles.Read(pdf));

        Assert.Equal(["P Partly published once", "P 5", "P 0", "P 0", "P 0", "P 5"], described.Skip(1));
    }
}
