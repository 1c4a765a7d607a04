using System.Globalization;
using System.Text;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Parsing.Reading;
using Gongkai.Testing;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests;

public sealed class PdfDocumentReaderTests
{
    private const string Fixture = "s01-docx-2021-clean-pdf.pdf";

    private static readonly Lazy<SourceDocument> FixtureDocument = new(() =>
        PdfFiles.Read(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, Fixture)), Fixture));

    // A page whose content is drawn turned so that it reads upright once the viewer applies /Rotate: the title and
    // a two-row ruled table, given in display coordinates and mapped back to user space.
    private static byte[] RotatedPage(int rotation)
    {
        const double W = 595, H = 842;
        (double X, double Y) User(double x, double y) => rotation switch
        {
            90 => (W - y, x),
            180 => (W - x, H - y),
            270 => (y, H - x),
            _ => (x, y),
        };
        var matrix = rotation switch { 90 => "0 1 -1 0", 180 => "-1 0 0 -1", 270 => "0 -1 1 0", _ => "1 0 0 1" };
        var content = new StringBuilder();
        void Text(double x, double y, string text, int size)
        {
            var (ux, uy) = User(x, y);
            content.Append(PdfFiles.Invariant($"BT /F1 {size} Tf {matrix} {ux} {uy} Tm ({text}) Tj ET\n"));
        }

        void Rule(double x1, double y1, double x2, double y2)
        {
            var ((ax, ay), (bx, by)) = (User(x1, y1), User(x2, y2));
            content.Append(PdfFiles.Invariant($"{ax} {ay} m {bx} {by} l S\n"));
        }

        Text(72, 500, "Rotated Title", 16);
        foreach (var y in new[] { 450.0, 430, 410 })
        {
            Rule(72, y, 372, y);
        }

        foreach (var x in new[] { 72.0, 272, 372 })
        {
            Rule(x, 450, x, 410);
        }

        Text(76, 436, "Rules", 10);
        Text(276, 436, "12", 10);
        Text(76, 416, "Fees", 10);
        Text(276, 416, "3", 10);
        return PdfFiles.Handmade(rotation, W, H, content.ToString());
    }

    [Fact]
    public void Reads_the_fixture_tables_as_grids_whose_rows_read_like_the_printed_table()
    {
        var tables = FixtureDocument.Value.Blocks.OfType<SourceTable>().ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table =>
        {
            Assert.True(table.IsGrid);
            Assert.All(table.Rows, row => Assert.Equal(table.Width, row.Cells.Count));
        });
        var rows = tables.SelectMany(t => t.Rows).Select(r => r.Cells.Select(c => c.Text).Where(t => t.Length > 0).ToArray()).ToList();
        Assert.Contains(rows, cells => cells.Length == 9 && cells[0] == "（三）不予公开" && cells[1] == "1．属于国家秘密" && cells[2..].All(c => c == "0"));
        Assert.Contains(rows, cells => cells.Length >= 2 && cells[0] == "行政许可" && cells[1] == "1386");
    }

    [Fact]
    public void Reads_the_fixture_text_with_page_and_line_sources()
    {
        var document = FixtureDocument.Value;

        Assert.Equal("pdf", document.Format);
        Assert.Contains(document.Blocks, b => b is SourceParagraph { Text: "一、总体情况" });
        Assert.All(document.Blocks, b => Assert.True(b.Source.Page >= 1 && b.Source.Line >= 1, b.Source.ToCompactString()));
        Assert.All(document.Blocks, b => Assert.Equal(Fixture, b.Source.File));
        Assert.True(document.Blocks.Max(b => b.Source.Page) > 1);
    }

    [Fact]
    public void Refuses_a_scanned_pdf_saying_it_needs_ocr()
    {
        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(File.ReadAllBytes(Path.Combine(ReaderFixtures.Bad, "scanned.pdf")), "scanned.pdf"));

        Assert.StartsWith("scanned.pdf：", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_encrypted_pdf_saying_it_is_encrypted()
    {
        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(File.ReadAllBytes(Path.Combine(ReaderFixtures.Bad, "encrypted.pdf")), "encrypted.pdf"));

        Assert.StartsWith("encrypted.pdf：", error.Message, StringComparison.Ordinal);
        Assert.Contains("加密", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Refuses_random_bytes_after_a_pdf_header_as_unreadable(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. bytes];

        var error = Record.Exception(() => PdfFiles.Read(pdf, "noise.pdf"));

        var unreadable = Assert.IsType<UnreadableInputException>(error);
        Assert.StartsWith("noise.pdf：", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pdf_truncated_to_half_its_length_as_unreadable()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, Fixture));

        var error = Record.Exception(() => PdfFiles.Read(bytes[..(bytes.Length / 2)], "half.pdf"));

        var unreadable = Assert.IsType<UnreadableInputException>(error);
        Assert.StartsWith("half.pdf：", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_built_page_in_order_with_its_ruled_table_as_a_grid()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddText("Section two", 12, new PdfPoint(72, 760), font);
            PdfFiles.RuledTable(page, font, [72, 272, 372], [700, 680, 660], [["Rules", "0"], ["Licences", "1386"]]);
            page.AddText("Section three comes after the table", 12, new PdfPoint(72, 600), font);
        });

        var document = PdfFiles.Read(pdf, "built.pdf");

        Assert.Equal(["P Section two", "G Rules|0 / Licences|1386", "P Section three comes after the table"], PdfFiles.Describe(document));
        var table = Assert.IsType<SourceTable>(document.Blocks[1]);
        Assert.Equal(2, table.Width);
        Assert.Equal(["p1:L2:c1", "p1:L2:c2", "p1:L3:c1", "p1:L3:c2"], table.Rows.SelectMany(r => r.Cells).Select(c => c.Source.ToCompactString()));
    }

    [Fact]
    public void Reads_rows_of_figures_without_rules_as_a_grid_table()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            foreach (var (y, cells) in new[] { (700.0, new[] { "Rules", "0", "27" }), (684.0, new[] { "Licences", "1386", "4" }) })
            {
                page.AddText(cells[0], 10, new PdfPoint(72, y), font);
                page.AddText(cells[1], 10, new PdfPoint(250, y), font);
                page.AddText(cells[2], 10, new PdfPoint(350, y), font);
            }
        });

        var document = PdfFiles.Read(pdf);

        Assert.Equal(["G Rules|0|27 / Licences|1386|4"], PdfFiles.Describe(document));
        Assert.True(Assert.IsType<SourceTable>(document.Blocks[0]).IsGrid);
    }

    [Fact]
    public void Reads_a_single_line_with_column_gaps_as_a_table_that_is_not_a_grid()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddText("Rules", 10, new PdfPoint(72, 700), font);
            page.AddText("0", 10, new PdfPoint(250, 700), font);
            page.AddText("27", 10, new PdfPoint(350, 700), font);
        });

        var document = PdfFiles.Read(pdf);

        Assert.Equal(["T Rules|0|27"], PdfFiles.Describe(document));
        Assert.False(Assert.IsType<SourceTable>(document.Blocks[0]).IsGrid);
    }

    [Fact]
    public void Numbers_lines_per_page()
    {
        // Below the page's top edge: the same line at the top of every page would be a running header.
        var pdf = PdfFiles.Build((page, font, number) =>
        {
            page.AddText("Page " + number.ToString(CultureInfo.InvariantCulture) + " first", 12, new PdfPoint(72, 700), font);
            page.AddText("Page " + number.ToString(CultureInfo.InvariantCulture) + " second", 12, new PdfPoint(72, 640), font);
        }, pages: 2);

        var document = PdfFiles.Read(pdf);

        Assert.Equal(["p1:L1", "p1:L2", "p2:L1", "p2:L2"], document.Blocks.Select(b => b.Source.ToCompactString()));
    }

    [Fact]
    public void Reads_an_upright_page()
    {
        var document = PdfFiles.Read(RotatedPage(0));

        Assert.Equal(["P Rotated Title", "G Rules|12 / Fees|3"], PdfFiles.Describe(document));
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Reads_a_rotated_page_as_displayed(int rotation)
    {
        var document = PdfFiles.Read(RotatedPage(rotation));

        Assert.Equal(["P Rotated Title", "G Rules|12 / Fees|3"], PdfFiles.Describe(document));
    }

    [Fact]
    public void Refuses_a_pdf_with_more_pages_than_the_limit()
    {
        var pdf = PdfFiles.Build((page, font, _) => page.AddText("Text", 12, new PdfPoint(72, 760), font), pages: 3);

        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(pdf, "long.pdf", new PdfReaderLimits { MaxPages = 2 }));

        Assert.StartsWith("long.pdf：", error.Message, StringComparison.Ordinal);
        Assert.Contains("3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pdf_without_any_text()
    {
        var pdf = PdfFiles.Build((page, _, _) => page.DrawLine(new PdfPoint(72, 700), new PdfPoint(300, 700), 1));

        var error = Assert.Throws<UnreadableInputException>(() => PdfFiles.Read(pdf, "blank.pdf"));

        Assert.StartsWith("blank.pdf：", error.Message, StringComparison.Ordinal);
        Assert.Contains("没有任何文字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_only_the_letters_allowed_per_page()
    {
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            page.AddText("First line", 12, new PdfPoint(72, 760), font);
            page.AddText("Second line", 12, new PdfPoint(72, 700), font);
        });

        var document = PdfFiles.Read(pdf, limits: new PdfReaderLimits { MaxLettersPerPage = 5 });

        Assert.Equal(["P First"], PdfFiles.Describe(document));
    }

    [Fact]
    public void Reads_pdf_files_only()
    {
        Assert.True(PdfDocumentReader.Instance.CanRead(InputKind.Pdf));
        Assert.False(PdfDocumentReader.Instance.CanRead(InputKind.Image));
    }
}
