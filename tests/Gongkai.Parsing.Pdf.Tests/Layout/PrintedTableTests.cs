using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

/// <summary>
/// Fixture reports printed to PDF with their tables' rules taken away, as agencies' PDFs come: by Chromium from the
/// HTML page (CSS) and by LibreOffice from the DOCX (table borders <c>nil</c>). Each must read to its truth exactly.
/// </summary>
public sealed partial class PrintedTableTests
{
    private static readonly ReportPipeline Pipeline = new ReportPipelineBuilder().UsePdf().Build();

    [PrintToPdfFact]
    public void Reads_a_borderless_table_printed_by_chromium()
    {
        AssertPrintedByChromium("s02-docx-2019-errors-html", "table,td,th{border:0 !important}");
    }

    [PrintToPdfFact]
    public void Reads_three_line_tables_printed_by_chromium_on_b5_in_another_font()
    {
        AssertPrintedByChromium("s03-pdf-2021-government-html",
            "@page{size:B5} body,td,p,span{font-family:\"WenQuanYi Zen Hei\" !important} " +
            "table{border-collapse:collapse !important;border-top:2px solid #000 !important;border-bottom:2px solid #000 !important} " +
            "td,th{border:0 !important} tr:first-child td{border-bottom:1px solid #000 !important}");
    }

    [LibreOfficeFact]
    public void Reads_a_borderless_table_printed_by_libreoffice()
    {
        AssertPrintedByLibreOffice("s01-docx-2021-clean", header: null);
    }

    [LibreOfficeFact]
    public void Reads_a_borderless_table_with_a_shaded_header_printed_by_libreoffice()
    {
        AssertPrintedByLibreOffice("s10-docx-2021-town", header: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>");
    }

    private static void AssertPrintedByChromium(string fixture, string css)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-printed-").FullName;
        try
        {
            // The page's own bytes (its charset untouched), its tables' border attribute off and the CSS added.
            var page = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, fixture + ".html"));
            var text = Encoding.Latin1.GetString(page).Replace("border=\"1\"", "border=\"0\"", StringComparison.Ordinal)
                .Replace("</head>", "<style>" + css + "</style></head>", StringComparison.Ordinal);
            var html = Path.Combine(folder, fixture + ".html");
            File.WriteAllBytes(html, Encoding.Latin1.GetBytes(text));
            var pdf = Path.Combine(folder, fixture + ".pdf");
            Chromium.PrintToPdf(html, pdf);
            AssertReadsToTruth(pdf, fixture);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertPrintedByLibreOffice(string fixture, string? header)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-printed-").FullName;
        try
        {
            var docx = Path.Combine(folder, fixture + ".docx");
            File.Copy(Path.Combine(ReaderFixtures.Raw, fixture + ".docx"), docx);
            using (var archive = ZipFile.Open(docx, ZipArchiveMode.Update))
            {
                var entry = archive.GetEntry("word/document.xml")!;
                string xml;
                using (var reader = new StreamReader(entry.Open()))
                {
                    xml = reader.ReadToEnd();
                }

                xml = CellBorders().Replace(TableBorders().Replace(xml, NoBorders), "");
                if (header is not null)
                {
                    xml = FirstRow().Replace(xml, m => m.Value.Replace("<w:tcPr>", "<w:tcPr>" + header, StringComparison.Ordinal));
                }

                entry.Delete();
                using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
                writer.Write(xml);
            }

            LibreOffice.Convert(docx, "pdf", folder);
            AssertReadsToTruth(Path.Combine(folder, fixture + ".pdf"), fixture);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertReadsToTruth(string pdf, string fixture)
    {
        var truthFile = Path.Combine(ReaderFixtures.Truth, fixture + ".json");
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);

        var result = Pipeline.Parse(File.ReadAllBytes(pdf), Path.GetFileName(pdf));

        Assert.True(result.Succeeded, result.Failure);
        var wrong = ReportComparer.Compare(truth, result.Report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: expected {c.Expected}, parsed {c.Actual}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private const string NoBorders = "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";

    [GeneratedRegex("<w:tblBorders>.*?</w:tblBorders>", RegexOptions.Singleline)]
    private static partial Regex TableBorders();

    [GeneratedRegex("<w:tcBorders>.*?</w:tcBorders>", RegexOptions.Singleline)]
    private static partial Regex CellBorders();

    // Each table's first row, up to its end.
    [GeneratedRegex("<w:tbl>.*?</w:tr>", RegexOptions.Singleline)]
    private static partial Regex FirstRow();
}
