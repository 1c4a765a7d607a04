using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Authoring;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Xlsx;
using Gongkai.Synthetic;
using Gongkai.Testing;

namespace Gongkai.Reporting.Tests.FillIn;

/// <summary>The fill-in workbook: locked labels, typed inputs, totals as formulas, and read back as written.</summary>
public sealed class ReportWorkbookWriterTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UseXlsx().Build();

    [Fact]
    public void The_skeleton_has_a_text_sheet_and_one_protected_sheet_per_table()
    {
        using var workbook = Open(ReportSkeleton.Create("柏舟县民政局", 2023, TemplateVersion.V2021));

        Assert.Equal(["正文", "表二 主动公开政府信息情况", "表三 收到和处理政府信息公开申请情况", "表四 政府信息公开行政复议、行政诉讼情况"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, name => Assert.True(workbook.Sheet(name).GetFirstChild<SheetProtection>()?.Sheet?.Value));
        Assert.True(workbook.Part.Workbook.GetFirstChild<CalculationProperties>()!.FullCalculationOnLoad!.Value);
    }

    [Fact]
    public void Labels_and_formulas_are_locked_inputs_are_not_and_totals_are_sums()
    {
        using var workbook = Open(ReportSkeleton.Create("柏舟县民政局", 2023, TemplateVersion.V2021));
        const string requests = "表三 收到和处理政府信息公开申请情况";

        // Row 4 is 一、本年新收: the label spans A:C, the six applicants are D:I, 总计 is J.
        Assert.Equal("一、本年新收政府信息公开申请数量", workbook.Text(requests, "A4"));
        Assert.True(workbook.IsLocked(requests, "A4"));
        Assert.False(workbook.IsLocked(requests, "D4"));
        Assert.Equal("SUM(D4:I4)", workbook.Formula(requests, "J4"));
        Assert.True(workbook.IsLocked(requests, "J4"));
        Assert.Null(workbook.Cell(requests, "J4").CellValue); // computed when opened
        var validation = workbook.Sheet(requests).Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.Items.Any(i => i.Value == "D4"));
        Assert.Equal(DataValidationValues.Whole, validation.Type!.Value);
        Assert.Equal("0", validation.Formula1!.Text);

        // (七) 总计 sums the outcome rows of its column.
        var total = workbook.Rows(requests).Single(r => workbook.Text(requests, $"A{r}") == "（七）总计" || workbook.Text(requests, $"B{r}") == "（七）总计");
        Assert.Equal($"SUM(D6:D{total - 1})", workbook.Formula(requests, $"D{total}"));
        Assert.Contains(workbook.Sheet(requests).Descendants<MergeCell>(), m => m.Reference == "A1:C3");
    }

    [Fact]
    public void A_total_given_that_does_not_add_up_is_kept_as_typed()
    {
        var report = Generated(TemplateVersion.V2021);
        var requests = report.Requests!;
        var wrong = requests with
        {
            Rows = [.. requests.Rows.Select(r => r.Key != "newReceived" ? r : r with { Cells = [.. r.Cells.Select(c => c.Column == "total" ? Core.Model.Cell.Number("total", CellKind.Count, c.Value!.Value + 7) : c)] })],
        };
        using var workbook = Open(report with { Requests = wrong });
        const string sheet = "表三 收到和处理政府信息公开申请情况";

        Assert.Null(workbook.Cell(sheet, "J4").CellFormula);
        Assert.Equal((wrong.ValueAt("newReceived", "total")!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture), workbook.Cell(sheet, "J4").CellValue!.Text);
        Assert.False(workbook.IsLocked(sheet, "J4"));
        Assert.Equal("SUM(D5:I5)", workbook.Formula(sheet, "J5")); // the others still add up
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void A_rendered_workbook_parses_back_to_the_report(TemplateVersion template)
    {
        var report = Generated(template);

        var parsed = Pipeline.Parse(Render(report), "填报表.xlsx");

        Assert.Equal(Canonical(report), Canonical(parsed.Report!));
        Assert.Equal(report.Section(SectionKind.Overview)!.Text, parsed.Report!.Section(SectionKind.Overview)!.Text);
    }

    [Theory]
    [InlineData(TemplateVersion.V2019)]
    [InlineData(TemplateVersion.V2021)]
    public void The_skeleton_reads_back_as_the_skeleton_with_every_cell_blank(TemplateVersion template)
    {
        var skeleton = ReportSkeleton.Create("柏舟县民政局", 2020, template);

        var parsed = Pipeline.Parse(Render(skeleton), "模板.xlsx");

        Assert.Equal(Canonical(skeleton), Canonical(parsed.Report!));
    }

    [LibreOfficeFact(Calc = true)]
    public void LibreOffice_computes_the_skeletons_formulas_and_saves_a_workbook_that_reads_the_same()
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-fillin-").FullName;
        try
        {
            var report = Generated(TemplateVersion.V2021);
            File.WriteAllBytes(Path.Combine(folder, "rendered.xlsx"), Render(report));
            File.WriteAllBytes(Path.Combine(folder, "skeleton.xlsx"), Render(ReportSkeleton.Create("柏舟县民政局", 2023, TemplateVersion.V2021)));
            var saved = Directory.CreateDirectory(Path.Combine(folder, "saved")).FullName;

            LibreOffice.Convert(Path.Combine(folder, "rendered.xlsx"), "xlsx:Calc MS Excel 2007 XML", saved);
            LibreOffice.Convert(Path.Combine(folder, "skeleton.xlsx"), "xlsx:Calc MS Excel 2007 XML", saved);

            Assert.Equal(Canonical(report), Canonical(Pipeline.ParseFile(Path.Combine(saved, "rendered.xlsx")).Report!));
            var skeleton = Pipeline.ParseFile(Path.Combine(saved, "skeleton.xlsx")).Report!;
            Assert.Equal(0, skeleton.Requests!.ValueAt("total", "total"));
            Assert.Null(skeleton.Requests.ValueAt("granted", "naturalPerson")); // inputs stay blank
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static AnnualReport Generated(TemplateVersion template)
    {
        var province = SyntheticProvince.Create(seed: 5, units: 40, firstYear: template == TemplateVersion.V2019 ? 2019 : 2022, years: 1);
        return province.Reports().First(r => !r.Unit.IsSummary).Report;
    }

    private static byte[] Render(AnnualReport report) => RenderFormat.Xlsx.Render(ReportDocument.From(report));

    private static string Canonical(AnnualReport report) => ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly);

    private static FillInWorkbook Open(AnnualReport report) => new(Render(report));

    private sealed class FillInWorkbook(byte[] bytes) : IDisposable
    {
        private readonly SpreadsheetDocument _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

        public WorkbookPart Part => _document.WorkbookPart!;

        public IReadOnlyList<string> SheetNames => [.. Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

        public Worksheet Sheet(string name) =>
            ((WorksheetPart)Part.GetPartById(Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

        public DocumentFormat.OpenXml.Spreadsheet.Cell Cell(string sheet, string reference) => Sheet(sheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == reference);

        public IEnumerable<int> Rows(string sheet) => Sheet(sheet).Descendants<Row>().Select(r => (int)r.RowIndex!.Value);

        public string? Text(string sheet, string reference) =>
            Sheet(sheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().FirstOrDefault(c => c.CellReference == reference)?.InlineString?.InnerText;

        public string? Formula(string sheet, string reference) => Cell(sheet, reference).CellFormula?.Text;

        public bool IsLocked(string sheet, string reference)
        {
            var format = Part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference).StyleIndex?.Value ?? 0));
            return format.Protection?.Locked?.Value ?? true;
        }

        public void Dispose() => _document.Dispose();
    }
}
