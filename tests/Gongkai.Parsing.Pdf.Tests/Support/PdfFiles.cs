using System.Globalization;
using System.Text;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Parsing.Pdf.Tests.Support;

/// <summary>Tiny PDFs built in the tests (Latin text in a standard font, ruling lines), and compact views of what the reader makes of them.</summary>
internal static class PdfFiles
{
    /// <summary>A PDF of A4 pages drawn by <paramref name="draw"/>, called once per page with its 1-based number.</summary>
    public static byte[] Build(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont, int> draw, int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= pages; number++)
        {
            draw(builder.AddPage(595, 842), font, number);
        }

        return builder.Build();
    }

    /// <summary>Draws a ruled table: rules at every x of <paramref name="xs"/> and y of <paramref name="ys"/> (top first), each cell's text 4 pt in and 14 pt down.</summary>
    public static void RuledTable(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double[] xs, double[] ys, string[][] cells)
    {
        foreach (var y in ys)
        {
            page.DrawLine(new PdfPoint(xs[0], y), new PdfPoint(xs[^1], y), 0.5);
        }

        foreach (var x in xs)
        {
            page.DrawLine(new PdfPoint(x, ys[0]), new PdfPoint(x, ys[^1]), 0.5);
        }

        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                page.AddText(cells[r][c], 10, new PdfPoint(xs[c] + 4, ys[r] - 14), font);
            }
        }
    }

    /// <summary>
    /// A one-page PDF written by hand, for what the builder cannot do: a page with <c>/Rotate</c> whose content
    /// stream (PDF operators, Helvetica as <c>/F1</c>) is given as is.
    /// </summary>
    public static byte[] Handmade(int rotate, double width, double height, string content)
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Rotate {rotate} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            Invariant($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the reader makes of the PDF.</summary>
    public static SourceDocument Read(byte[] pdf, string file = "test.pdf", PdfReaderLimits? limits = null) =>
        new PdfDocumentReader(limits ?? PdfReaderLimits.Default).Read(pdf, file, ReaderLimits.Default);

    /// <summary>The blocks as short strings: <c>P text</c>, <c>IMG description</c>, <c>G a|b / c|d</c> for a grid, <c>T …</c> for other tables.</summary>
    public static List<string> Describe(SourceDocument document) => document.Blocks.Select(block => block switch
    {
        SourceParagraph p => $"P {p.Text}",
        SourceImage i => $"IMG {i.Description}",
        SourceTable t => (t.IsGrid ? "G " : "T ") + string.Join(" / ", t.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text)))),
        _ => block.GetType().Name,
    }).ToList();
}
