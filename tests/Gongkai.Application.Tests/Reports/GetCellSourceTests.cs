using Gongkai.Application.Reports;
using Gongkai.Core.Model;
using Gongkai.Store;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Reports;

public sealed class GetCellSourceTests
{
    private const string Value = "requests.newReceived.total";

    [Fact]
    public void Gives_a_pdf_values_page_and_box_and_the_file_to_draw_it_from()
    {
        using var samples = new SampleStore().Import([Fixture("s01-docx-2021-clean-pdf.pdf")]);
        var id = samples.Store.Reports().Single().ReportId;

        var source = GetCellSource.Run(samples.Store, new GetCellSourceOptions(AccessScope.All, id, Value)).Source!;

        Assert.True(source.IsPdf);
        Assert.True(source.Where.Page > 0);
        Assert.Empty(source.Lines);
        Assert.Equal("s01-docx-2021-clean-pdf.pdf", source.FileName);
        Assert.Equal(samples.Store.History(id).Single().FileSha256, source.FileSha256);
        Assert.Equal(samples.Store.LoadCurrent(id)!.Requests!.Rows.Single(r => r.Key == "newReceived")["total"]!.Raw, source.Raw);
    }

    [Theory]
    [InlineData("s03-pdf-2021-government-html.html")]
    [InlineData("s03-pdf-2021-government.docx")]
    public void Marks_the_cell_holding_each_printed_number_of_an_html_or_docx_file(string name)
    {
        using var samples = new SampleStore().Import([Fixture(name)]);
        var id = samples.Store.Reports().Single().ReportId;
        var report = samples.Store.LoadCurrent(id)!;
        var numbers = new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals }
            .SelectMany(kind => report.Table(kind)!.Rows.SelectMany(row => row.Cells.Where(c => c.State == CellState.Number).Select(c => new Core.Diagnostics.CellRef(kind, row.Key, c.Column).Path)))
            .ToList();

        Assert.NotEmpty(numbers);
        foreach (var path in numbers)
        {
            var source = GetCellSource.Run(samples.Store, new GetCellSourceOptions(AccessScope.All, id, path)).Source!;
            var marked = Assert.Single(source.Lines, l => l.IsMarked);
            Assert.Equal(source.Raw.Trim(), marked.Cells[marked.MarkedCell - 1].Trim());
            Assert.False(source.IsPdf);
        }
    }

    [Fact]
    public void Finds_no_value_of_a_report_outside_the_scope_nor_one_that_is_not_there()
    {
        using var samples = new SampleStore().WithSamples();
        var other = samples.Store.Reports().Single(r => r.UnitCode == "QH-LT-NY").ReportId;
        var own = samples.Store.Reports().Single(r => r.UnitCode == "QH-TC-ZJ").ReportId;
        var unit = AccessScope.Unit("QH-TC-ZJ");

        var outside = GetCellSource.Run(samples.Store, new GetCellSourceOptions(unit, other, Value));
        var missing = GetCellSource.Run(samples.Store, new GetCellSourceOptions(unit, own, "requests.noSuchRow.total"));
        var inside = GetCellSource.Run(samples.Store, new GetCellSourceOptions(unit, own, Value));

        Assert.Equal(FailureKind.NotFound, outside.Failure!.Kind);
        Assert.Null(outside.Source);
        Assert.Equal(FailureKind.NotFound, missing.Failure!.Kind);
        Assert.Contains("requests.noSuchRow.total", missing.Failure.Message, StringComparison.Ordinal);
        Assert.Single(inside.Source!.Lines, l => l.IsMarked);
    }

    private static string Fixture(string name) => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw", name);
}
