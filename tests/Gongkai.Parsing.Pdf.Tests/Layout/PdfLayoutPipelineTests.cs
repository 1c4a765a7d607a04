using Gongkai.Parsing.Pdf.Layout;
using Gongkai.Parsing.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class PdfLayoutPipelineTests
{
    private static readonly double[] Xs = [72, 272, 372];

    private static List<PageItem> Items(byte[] pdf, PdfLayoutPipeline layout)
    {
        using var document = PdfDocument.Open(pdf);
        return PageLayout.Read(document.GetPage(1), PdfReaderLimits.Default, layout);
    }

    [Fact]
    public void Defaults_to_the_thresholds_the_layout_steps_were_written_with()
    {
        Assert.Equal(new RulingOptions { AxisTolerance = 1.0, MinLength = 3.0, MaxThickness = 2.5 }, RulingOptions.Default);
        Assert.Equal(
            new LineOptions { ColumnGap = 2.0, WordGap = 0.25, MinGapFontSize = 4.0, BandTolerance = 0.15, MinBandTolerance = 1.0, MaxHeightRatio = 2.5, HeightAllowance = 2.0, LookBack = 4 },
            LineOptions.Default);
        Assert.Equal(
            new LatticeOptions { Tolerance = 2.0, MinCellSize = 3.0, MaxGridEdges = 400, EdgeCoverage = 0.6, MinRows = 2, MinColumns = 2, GlyphTolerance = 0.5 },
            LatticeOptions.Default);
    }

    [Fact]
    public void Composes_the_default_steps_with_their_default_options()
    {
        var layout = PdfLayoutPipeline.Default;

        Assert.Same(RulingOptions.Default, Assert.IsType<PathRulingDetector>(layout.Rulings).Options);
        Assert.Same(LineOptions.Default, Assert.IsType<BaselineLineBuilder>(layout.Lines).Options);
        var tables = Assert.IsType<StreamTableStrategy>(layout.Tables);
        Assert.Same(StreamOptions.Default, tables.Options);
        Assert.Same(LatticeOptions.Default, Assert.IsType<LatticeTableStrategy>(tables.Inner).Options);
    }

    [Fact]
    public void Reads_a_page_with_the_table_strategy_it_is_given()
    {
        var pdf = PdfFiles.Build((page, font, _) => PdfFiles.RuledTable(page, font, Xs, [700, 680, 660], [["Rules", "0"], ["Licences", "1386"]]));

        var items = Items(pdf, PdfLayoutPipeline.Default with { Tables = new NoTables() });

        Assert.DoesNotContain(items, i => i is TableItem);
        Assert.Equal(["Rules", "0", "Licences", "1386"], items.OfType<TextItem>().OrderByDescending(i => i.Top).SelectMany(i => i.Cells.Select(c => c.Text)));
    }

    [Fact]
    public void Splits_a_line_into_cells_by_the_column_gap_of_its_options()
    {
        // The gap between the two words is 30 pt at 10 pt type: three font sizes.
        var pdf = PdfFiles.Build((page, font, _) =>
        {
            var word = page.AddText("Rules", 10, new PdfPoint(72, 700), font);
            page.AddText("27", 10, new PdfPoint(word[^1].EndBaseLine.X + 30, 700), font);
        });

        var narrow = Assert.IsType<TextItem>(Assert.Single(Items(pdf, PdfLayoutPipeline.Default)));
        var wide = Assert.IsType<TextItem>(Assert.Single(Items(pdf, PdfLayoutPipeline.Default with { Lines = new BaselineLineBuilder(LineOptions.Default with { ColumnGap = 4 }) })));

        Assert.Equal(["Rules", "27"], narrow.Cells.Select(c => c.Text));
        Assert.Equal(["Rules 27"], wide.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Needs_as_many_ruled_rows_as_the_lattice_options_ask_for()
    {
        var pdf = PdfFiles.Build((page, font, _) => PdfFiles.RuledTable(page, font, Xs, [700, 680, 660], [["Rules", "0"], ["Licences", "1386"]]));

        var twoRows = Items(pdf, PdfLayoutPipeline.Default);
        var threeRows = Items(pdf, PdfLayoutPipeline.Default with { Tables = new LatticeTableStrategy(LatticeOptions.Default with { MinRows = 3 }) });

        Assert.Equal([["Rules", "0"], ["Licences", "1386"]], Assert.IsType<TableItem>(Assert.Single(twoRows)).Cells);
        Assert.DoesNotContain(threeRows, i => i is TableItem);
    }

    [Fact]
    public void Reads_a_thick_filled_bar_as_a_rule_only_within_the_ruling_options_thickness()
    {
        // A table whose rules are filled bars 2 pt thick, as some office programs draw borders.
        var bars = string.Concat(new[] { 700, 680, 660 }.Select(y => PdfFiles.Invariant($"72 {y - 1} 300 2 re f\n")))
            + string.Concat(Xs.Select(x => PdfFiles.Invariant($"{x - 1} 660 2 40 re f\n")))
            + "BT /F1 10 Tf 76 686 Td (Rules) Tj 200 0 Td (0) Tj ET\nBT /F1 10 Tf 76 666 Td (Licences) Tj 200 0 Td (1386) Tj ET\n";
        var pdf = PdfFiles.Handmade(0, 595, 842, bars);

        var thick = Items(pdf, PdfLayoutPipeline.Default);
        var thin = Items(pdf, PdfLayoutPipeline.Default with { Rulings = new PathRulingDetector(RulingOptions.Default with { MaxThickness = 1 }) });

        Assert.Equal([["Rules", "0"], ["Licences", "1386"]], Assert.IsType<TableItem>(Assert.Single(thick)).Cells);
        Assert.DoesNotContain(thin, i => i is TableItem);
    }

    // A strategy for documents known to hold no tables: every glyph is text.
    private sealed class NoTables : ITableStrategy
    {
        public PageTables Find(PageContent page, ILineBuilder lines) => new([], page.Glyphs);
    }
}
