using System.Text;
using Gongkai.Fixtures;
using Gongkai.Parsing.Pipeline;
using Gongkai.Reporting;
using Gongkai.Reporting.Docx;
using Gongkai.Testing;

// Generates tests/fixtures/raw/*.{docx,pdf,html,xlsx} and tests/fixtures/truth/*.json from the samples.
// Run: dotnet run --project tools/Gongkai.Fixtures   (needs LibreOffice: Debian's libreoffice-writer-nogui, fonts-noto-cjk)
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var root = RepositoryRoot.Path;
var raw = Directory.CreateDirectory(Path.Combine(root, "tests", "fixtures", "raw")).FullName;
var truth = Directory.CreateDirectory(Path.Combine(root, "tests", "fixtures", "truth")).FullName;
var bad = Directory.CreateDirectory(Path.Combine(root, "tests", "fixtures", "bad")).FullName;
var work = Directory.CreateTempSubdirectory("gongkai-fixtures-").FullName;

// Samples with complete tables (the incomplete s05 would render every template row).
string[] stems = ["s01-docx-2021-clean", "s02-docx-2019-errors", "s03-pdf-2021-government", "s04-pdf-2019-spaces", "s06-md-2019-clean", "s07-gb18030-docx-2021", "s08-bom-pdf-2019-in-2022", "s09-docx-2021-plausibility", "s10-docx-2021-town"];
foreach (var (stem, index) in stems.Select((s, i) => (s, i)))
{
    var parsed = ReportParser.ParseFile(Path.Combine(root, "samples", stem + ".txt"));
    var report = ReportDocument.From(parsed.Report!);
    var expected = File.ReadAllText(Path.Combine(root, "samples", "expected", stem + ".json"));
    var site = parsed.Report!.Agency!;

    var docx = Path.Combine(raw, stem + ".docx");
    using (var stream = File.Create(docx))
    {
        DocxReportWriter.Write(report, stream);
    }

    File.WriteAllText(Path.Combine(truth, stem + ".json"), expected);

    // The PDF as agencies make it: the Word file printed by an office suite.
    Soffice.Convert(docx, "pdf", work);
    File.Copy(Path.Combine(work, stem + ".pdf"), Path.Combine(raw, stem + "-pdf.pdf"), overwrite: true);
    File.WriteAllText(Path.Combine(truth, stem + "-pdf.json"), expected);

    // Alternate the two portal shapes; the TRS pages are gb2312 as many portals still serve them.
    var (html, encoding) = index % 2 == 0
        ? (PortalPages.TrsArticle(report, site, "gb2312"), Encoding.GetEncoding("GB18030"))
        : (PortalPages.LayoutTables(report, site), Encoding.UTF8);
    File.WriteAllBytes(Path.Combine(raw, stem + "-html.html"), encoding.GetBytes(html));
    File.WriteAllText(Path.Combine(truth, stem + "-html.json"), expected);
}

// Word's extras (text box, tracked change, comment, nested frame table, page break in a cell) on one report.
{
    var stem = "s01-docx-2021-clean";
    var extras = Path.Combine(raw, stem + "-extras.docx");
    File.Copy(Path.Combine(raw, stem + ".docx"), extras, overwrite: true);
    DocxExtras.Apply(extras);
    File.Copy(Path.Combine(truth, stem + ".json"), Path.Combine(truth, stem + "-extras.json"), overwrite: true);
}

// A legacy Word file (.doc), read through LibreOffice.
{
    var stem = "s06-md-2019-clean";
    Soffice.Convert(Path.Combine(raw, stem + ".docx"), "doc", work);
    File.Copy(Path.Combine(work, stem + ".doc"), Path.Combine(raw, stem + "-legacy.doc"), overwrite: true);
    File.Copy(Path.Combine(truth, stem + ".json"), Path.Combine(truth, stem + "-legacy.json"), overwrite: true);
}

// A legacy workbook (.xls) holding a report page, as some units file their tables.
{
    var stem = "s02-docx-2019-errors";
    var plain = Gongkai.Reporting.Html.HtmlReportWriter.Write(ReportDocument.From(ReportParser.ParseFile(Path.Combine(root, "samples", stem + ".txt")).Report!));
    File.WriteAllText(Path.Combine(work, "page.html"), plain);
    Soffice.Convert(Path.Combine(work, "page.html"), "xls", work, "HTML (StarCalc)");
    File.Copy(Path.Combine(work, "page.xls"), Path.Combine(raw, stem + "-legacy.xls"), overwrite: true);
    File.Copy(Path.Combine(truth, stem + ".json"), Path.Combine(truth, stem + "-legacy.json"), overwrite: true);
}

// The fill-in workbook (gongkai new / render --format xlsx) as written, and as saved again by an office suite
// after staff filled it in: formulas recalculated, strings shared, the suite's own styles.
foreach (var (stem, resave) in new[] { ("s01-docx-2021-clean", false), ("s06-md-2019-clean", false), ("s10-docx-2021-town", true) })
{
    var report = ReportDocument.From(ReportParser.ParseFile(Path.Combine(root, "samples", stem + ".txt")).Report!);
    var written = Path.Combine(work, stem + "-xlsx.xlsx");
    using (var stream = File.Create(written))
    {
        RenderFormat.Xlsx.Write(report, stream);
    }

    var saved = Directory.CreateDirectory(Path.Combine(work, "resaved")).FullName;
    if (resave)
    {
        Soffice.Convert(written, "xlsx:Calc MS Excel 2007 XML", saved);
    }

    File.Copy(resave ? Path.Combine(saved, stem + "-xlsx.xlsx") : written, Path.Combine(raw, stem + "-xlsx.xlsx"), overwrite: true);
    File.Copy(Path.Combine(truth, stem + ".json"), Path.Combine(truth, stem + "-xlsx.json"), overwrite: true);
}

// A page with table 三 as a picture: the other tables read, table 三 missing.
{
    var stem = "s03-pdf-2021-government";
    var report = ReportDocument.From(ReportParser.ParseFile(Path.Combine(root, "samples", stem + ".txt")).Report!);
    File.WriteAllText(Path.Combine(raw, stem + "-picture.html"), PortalPages.PictureTable(report, "青禾市云溪区人民政府"));
    var expected = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(root, "samples", "expected", stem + ".json")))!;
    expected["requests"] = null;
    File.WriteAllText(Path.Combine(truth, stem + "-picture.json"), expected.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
}

// Files that must be refused with a message: a scanned PDF (pictures only) and a password-protected PDF.
{
    var source = Path.Combine(raw, "s06-md-2019-clean-pdf.pdf");
    Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", source, Path.Combine(work, "scan"));
    var scanned = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
    foreach (var png in Directory.GetFiles(work, "scan*.png").Order(StringComparer.Ordinal))
    {
        var page = scanned.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddPng(File.ReadAllBytes(png), new UglyToad.PdfPig.Core.PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
    }

    File.WriteAllBytes(Path.Combine(bad, "scanned.pdf"), scanned.Build());
    Soffice.Convert(Path.Combine(raw, "s06-md-2019-clean.docx"), """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"gongkai"}}""", work);
    File.Copy(Path.Combine(work, "s06-md-2019-clean.pdf"), Path.Combine(bad, "encrypted.pdf"), overwrite: true);
}

Directory.Delete(work, recursive: true);
Console.WriteLine($"fixtures written to {Path.GetDirectoryName(raw)}");

static void Run(string program, params string[] arguments)
{
    var start = new System.Diagnostics.ProcessStartInfo(program);
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = System.Diagnostics.Process.Start(start)!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{program} failed");
    }
}
