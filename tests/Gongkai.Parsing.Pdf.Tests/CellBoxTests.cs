using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pdf.Tests.Support;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;
using UglyToad.PdfPig;

namespace Gongkai.Parsing.Pdf.Tests;

/// <summary>
/// 查看原文 marks a cell's box on the drawn page: the box the PDF reader records must be where the number is
/// printed. The letters PdfPig finds inside the box are read back and compared with the cell's printed text.
/// </summary>
public sealed class CellBoxTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UsePdf().Build();

    /// <summary>The fixture PDFs, and the real PDFs of the shared corpus when this machine has it (full paths).</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReaderFixtures.WithTruth(".pdf"))
        {
            data.Add(Path.Combine(ReaderFixtures.Raw, name));
        }

        if (SharedCorpus.Root is { } corpus)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "raw"), "*.pdf").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_number_of_a_pdf_is_printed_inside_its_cells_box(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var report = Pipeline.Parse(bytes, Path.GetFileName(file)).Report!;
        using var pdf = PdfDocument.Open(bytes);
        var numbers = Cells(report).Where(c => c.Cell.State == CellState.Number).ToList();

        Assert.NotEmpty(numbers);
        foreach (var (path, cell) in numbers)
        {
            AssertPrintedInside(pdf, path, cell.Source, cell.Raw);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_figure_stated_in_the_text_of_a_pdf_is_printed_inside_its_box(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var report = Pipeline.Parse(bytes, Path.GetFileName(file)).Report!;
        using var pdf = PdfDocument.Open(bytes);

        Assert.NotEmpty(report.Narrative);
        foreach (var figure in report.Narrative)
        {
            AssertPrintedInside(pdf, figure.Text, figure.Source, figure.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_agency_year_and_date_of_a_pdf_are_printed_inside_their_boxes(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var report = Pipeline.Parse(bytes, Path.GetFileName(file)).Report!;
        using var pdf = PdfDocument.Open(bytes);

        // Each value read has its place (a report without a date has no place for it).
        Assert.Equal(report.PublishedOn is null ? [MetadataField.Agency, MetadataField.Year] : MetadataField.All, MetadataField.All.Where(report.MetadataSources.ContainsKey));
        AssertPrintedInside(pdf, "year", report.MetadataSources[MetadataField.Year], report.Year!.Value.ToString(CultureInfo.InvariantCulture));
        if (report.PublishedOn is { } date)
        {
            AssertPrintedInside(pdf, "publishedOn", report.MetadataSources[MetadataField.PublishedOn], date.Year.ToString(CultureInfo.InvariantCulture));
        }

        var agency = report.MetadataSources[MetadataField.Agency];
        AssertPrintedInside(pdf, "agency", agency, "");
        Assert.Contains(report.Agency!, Inside(pdf.GetPage(agency.Page), agency.Box!.Value), StringComparison.Ordinal);
    }

    // The box is on a page, inside it, not empty, and the letters PdfPig finds in it hold the value's digits.
    private static void AssertPrintedInside(PdfDocument pdf, string what, SourceRef source, string raw)
    {
        Assert.True(source.Box is not null, $"{what} 没有位置框");
        Assert.InRange(source.Page, 1, pdf.NumberOfPages);
        var box = source.Box!.Value;
        var page = pdf.GetPage(source.Page);
        Assert.True(box.X0 < box.X1 && box.Y0 < box.Y1 && box.X0 >= -1 && box.Y0 >= -1 && box.X1 <= page.Width + 1 && box.Y1 <= page.Height + 1, $"{what}：框 {box} 不在第 {source.Page} 页内");
        var inside = Inside(page, box);
        Assert.True(inside.Length > 0 && Digits(inside).Contains(Digits(raw), StringComparison.Ordinal), $"{what}：框 {box} 内的文字是“{inside}”，应有“{raw}”");
    }

    private static string Inside(UglyToad.PdfPig.Content.Page page, SourceBox box) => string.Concat(page.Letters
        .Where(l => !string.IsNullOrWhiteSpace(l.Value) && box.Contains((l.BoundingBox.Left + l.BoundingBox.Right) / 2, (l.BoundingBox.Bottom + l.BoundingBox.Top) / 2))
        .Select(l => l.Value));

    [Fact]
    public void A_ruled_cells_box_is_its_ruled_rectangle_holding_only_its_number()
    {
        var bytes = PdfFiles.Build((page, font, _) => PdfFiles.RuledTable(page, font, [72, 272, 372], [450, 430, 410], [["Rules", "12"], ["Fees", "3"]]));

        var table = Assert.Single(PdfFiles.Read(bytes, "ruled.pdf").Blocks.OfType<Documents.SourceTable>());

        var twelve = table.Rows[0].Cells[1];
        Assert.Equal("12", twelve.Text);
        Assert.Equal(new SourceBox(272, 430, 372, 450), twelve.Source.Box!.Value.Rounded());
        Assert.Equal(new SourceBox(272, 410, 372, 430), table.Rows[1].Cells[1].Source.Box!.Value.Rounded());
    }

    [Fact]
    public void The_json_keeps_each_box_under_boxes_and_reads_it_back()
    {
        var name = "s01-docx-2021-clean-pdf.pdf";
        var report = Pipeline.Parse(File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name)), name).Report!;

        var json = ReportJsonWriter.Write(report);
        var back = ReportJsonReader.Read(json);

        var read = Cells(report).Where(c => c.Cell.Source.Box is not null).ToDictionary(c => c.Path, c => c.Cell.Source.Box!.Value.Rounded());
        var again = Cells(back).Where(c => c.Cell.Source.Box is not null).ToDictionary(c => c.Path, c => c.Cell.Source.Box!.Value);
        Assert.NotEmpty(read);
        Assert.Equal(read, again);
        Assert.Contains("\"boxes\":", json, StringComparison.Ordinal);
        Assert.Equal(report.MetadataSources.ToDictionary(p => p.Key, p => p.Value with { File = null, Box = p.Value.Box!.Value.Rounded() }), back.MetadataSources);
        Assert.Equal(report.Narrative.Select(f => f.Source.Box!.Value.Rounded()), back.Narrative.Select(f => f.Source.Box!.Value));
        Assert.DoesNotContain("\"boxes\":", ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, Cell Cell)> Cells(AnnualReport report) =>
        new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals }
            .Where(kind => report.Table(kind) is not null)
            .SelectMany(kind => report.Table(kind)!.Rows.SelectMany(row => row.Cells.Select(cell => (new Core.Diagnostics.CellRef(kind, row.Key, cell.Column).Path, cell))));

    // The digits only: a cell printed "1,234" or "增 55" is found among letters that PdfPig may space differently.
    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit).Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
