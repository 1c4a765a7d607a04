using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class PageChromeTests
{
    [Fact]
    public void A_header_and_footer_repeated_on_every_page_are_set_apart()
    {
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            page.AddText("Annual report of the Archives Bureau", 9, new PdfPoint(200, 815), font);
            page.AddText($"Body of page {number}", 12, new PdfPoint(72, 700), font);
            page.AddText($"Archives Bureau portal, page {number} of 3", 9, new PdfPoint(72, 20), font);
        }, pages: 3);

        Assert.Equal(["P Body of page 1", "P Body of page 2", "P Body of page 3"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }

    [Fact]
    public void A_browsers_print_header_and_footer_are_set_apart_on_a_single_page()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddText("12/2/26, 9:35 AM", 8, new PdfPoint(24, 820), font);
            page.AddText("Report of the Archives Bureau", 8, new PdfPoint(250, 820), font);
            page.AddText("Report of the Archives Bureau", 16, new PdfPoint(150, 760), font);
            page.AddText("Body text", 12, new PdfPoint(72, 700), font);
            page.AddText("file:///home/user/report.html", 8, new PdfPoint(24, 18), font);
            page.AddText("1/1", 8, new PdfPoint(560, 18), font);
        });

        Assert.Equal(["P Report of the Archives Bureau", "P Body text"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }

    [Fact]
    public void Text_repeated_in_the_middle_of_pages_or_different_at_their_edges_is_kept()
    {
        string[] tops = ["Report of the Archives Bureau", "Continued from page one", "Notes"];
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            page.AddText(tops[number - 1], 12, new PdfPoint(72, 815), font);
            page.AddText("Units in items", 12, new PdfPoint(72, 500), font);
        }, pages: 3);

        Assert.Equal(["P Report of the Archives Bureau", "P Units in items", "P Continued from page one", "P Units in items", "P Notes", "P Units in items"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }

    [Fact]
    public void The_agency_over_the_title_and_in_the_signature_at_the_top_of_the_last_page_is_kept()
    {
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            if (number == 1)
            {
                page.AddText("Archives Bureau", 16, new PdfPoint(240, 800), font);
                page.AddText("Annual report 2020", 16, new PdfPoint(220, 780), font);
            }
            else if (number == 3)
            {
                page.AddText("Archives Bureau", 12, new PdfPoint(420, 801), font);
                page.AddText("18 February 2021", 12, new PdfPoint(410, 785), font);
            }

            page.AddText($"Body of page {number}", 12, new PdfPoint(72, 700), font);
        }, pages: 3);

        Assert.Equal(["P Archives Bureau", "P Annual report 2020", "P Body of page 1", "P Body of page 2", "P Archives Bureau", "P 18 February 2021", "P Body of page 3"], PdfFiles.Describe(PdfFiles.Read(pdf)));
    }
}
