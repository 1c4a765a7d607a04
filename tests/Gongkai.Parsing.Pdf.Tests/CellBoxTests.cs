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

    public static TheoryData<string> Documents() => ReaderFixtures.WithTruth(".pdf");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_number_of_a_fixture_pdf_is_printed_inside_its_cells_box(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name));
        var report = Pipeline.Parse(bytes, name).Report!;
        using var pdf = PdfDocument.Open(bytes);
        var numbers = Cells(report).Where(c => c.Cell.State == CellState.Number).ToList();

        Assert.NotEmpty(numbers);
        foreach (var (path, cell) in numbers)
        {
            Assert.True(cell.Source.Box is not null, $"{path} 没有位置框");
            var box = cell.Source.Box!.Value;
            var page = pdf.GetPage(cell.Source.Page);
            var inside = string.Concat(page.Letters
                .Where(l => !string.IsNullOrWhiteSpace(l.Value) && box.Contains((l.BoundingBox.Left + l.BoundingBox.Right) / 2, (l.BoundingBox.Bottom + l.BoundingBox.Top) / 2))
                .Select(l => l.Value));
            Assert.True(Digits(inside).Contains(Digits(cell.Raw), StringComparison.Ordinal), $"{path}：框 {box} 内的文字是“{inside}”，应有“{cell.Raw}”");
        }
    }

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
        Assert.DoesNotContain("\"boxes\":", ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, Cell Cell)> Cells(AnnualReport report) =>
        new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals }
            .Where(kind => report.Table(kind) is not null)
            .SelectMany(kind => report.Table(kind)!.Rows.SelectMany(row => row.Cells.Select(cell => (new Core.Diagnostics.CellRef(kind, row.Key, cell.Column).Path, cell))));

    // The digits only: a cell printed "1,234" or "增 55" is found among letters that PdfPig may space differently.
    private static string Digits(string text) => string.Concat(text.Where(char.IsAsciiDigit).Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
