using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Gongkai.Testing.Fuzzing;

/// <summary>
/// Small files that cost a naive reader far more time or memory than their size suggests: PDF content streams that
/// inflate a thousandfold (to millions of text operators, or to a gigabyte of spaces), pages too many, HTML and
/// Office XML nested hundreds of thousands of levels deep, huge tables. Made at test time (never committed), shared
/// by the reader tests, the fuzzer (FuzzRun) and <c>tools/Gongkai.Fuzz hostile DIR</c>, which writes
/// them out for whole-process measurements (docs/fuzzing.md).
/// </summary>
internal static class HostileInputs
{
    /// <summary>
    /// The documented bound on one read's peak memory (docs/architecture.md, "Errors and diagnostics"): a whole
    /// <c>gongkai check FILE</c> process, runtime included, stays under it for any input within the size limits.
    /// </summary>
    public const long PeakMemoryBound = 512L * 1024 * 1024;

    /// <summary>One text-showing group: four operators (BT, Tf, Tj, ET) drawing one letter.</summary>
    public const string TextOperators = "BT /F1 1 Tf (a) Tj ET\n";

    /// <summary>
    /// A one-page PDF whose FlateDecode content stream repeats <see cref="TextOperators"/> <paramref name="groups"/>
    /// times: 10 million groups (40 million operators, 220 MB inflated) fit in about 1 MB.
    /// </summary>
    public static byte[] PdfOperatorBomb(long groups) => Pdf([Deflate(TextOperators, groups)]);

    /// <summary>A one-page PDF whose FlateDecode content stream inflates to <paramref name="bytes"/> spaces (1 GiB in about 1 MB).</summary>
    public static byte[] PdfSpaceBomb(long bytes) => Pdf([Deflate(" ", bytes)]);

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages, each drawing <paramref name="groupsPerPage"/> letters through one
    /// shared FlateDecode content stream (so the file stays small however many pages it has).
    /// </summary>
    public static byte[] PdfManyPages(int pages, long groupsPerPage) => Pdf([Deflate(TextOperators, groupsPerPage)], pages);

    /// <summary>
    /// A one-page PDF whose content draws a Form XObject that draws itself <paramref name="fanOut"/> times, so the
    /// work grows with each level of nesting while the file stays tiny (a reader must cap the recursion).
    /// </summary>
    public static byte[] PdfRecursiveForm(int fanOut)
    {
        var form = new StringBuilder();
        for (var i = 0; i < fanOut; i++)
        {
            form.Append(TextOperators).Append("/X1 Do\n");
        }

        return Pdf([Deflate("/X1 Do\n", 1)], pages: 1, form: Deflate(form.ToString(), 1));
    }

    /// <summary>
    /// A one-page PDF whose page draws form A, which draws form B, which draws A again: a cycle through two forms,
    /// which PdfPig follows until the stack overflows (a crash no handler catches), so the reader must refuse it first.
    /// </summary>
    public static byte[] PdfMutuallyRecursiveForms() =>
        Pdf([Deflate("/X1 Do\n", 1)], pages: 1, form: Deflate(TextOperators + "/X1 Do\n", 1), mutual: true);

    /// <summary>
    /// HTML with <paramref name="depth"/> nested <c>div</c> elements around one paragraph (11 bytes a level:
    /// 100,000 levels is 1.1 MB).
    /// </summary>
    public static byte[] HtmlNestedDivs(int depth)
    {
        var builder = new StringBuilder(depth * 11 + 200);
        builder.Append("<html><body>");
        builder.Insert(builder.Length, "<div>", depth);
        builder.Append("<p>一、总体情况</p>");
        builder.Insert(builder.Length, "</div>", depth);
        builder.Append("</body></html>");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>HTML with one table of <paramref name="rows"/> rows of <paramref name="columns"/> cells.</summary>
    public static byte[] HtmlHugeTable(int rows, int columns)
    {
        var builder = new StringBuilder("<html><body><p>三、收到和处理政府信息公开申请情况</p><table>\n");
        for (var r = 0; r < rows; r++)
        {
            builder.Append("<tr>");
            for (var c = 0; c < columns; c++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"<td>{r * columns + c}</td>");
            }

            builder.Append("</tr>\n");
        }

        return Encoding.UTF8.GetBytes(builder.Append("</table></body></html>").ToString());
    }

    /// <summary>A DOCX whose body nests <paramref name="depth"/> content controls (<c>w:sdt</c>) around one paragraph.</summary>
    public static byte[] DocxNested(int depth)
    {
        var body = new StringBuilder(depth * 40 + 200);
        body.Insert(0, "<w:sdt><w:sdtContent>", depth);
        body.Append("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>");
        body.Insert(body.Length, "</w:sdtContent></w:sdt>", depth);
        return Docx(body.ToString());
    }

    /// <summary>A DOCX with one table of <paramref name="rows"/> rows of <paramref name="columns"/> cells.</summary>
    public static byte[] DocxHugeTable(int rows, int columns)
    {
        var body = new StringBuilder("<w:tbl>");
        for (var r = 0; r < rows; r++)
        {
            body.Append("<w:tr>");
            for (var c = 0; c < columns; c++)
            {
                body.Append(CultureInfo.InvariantCulture, $"<w:tc><w:p><w:r><w:t>{r * columns + c}</w:t></w:r></w:p></w:tc>");
            }

            body.Append("</w:tr>");
        }

        return Docx(body.Append("</w:tbl>").ToString());
    }

    /// <summary>An XLSX whose one sheet nests <paramref name="depth"/> unknown elements inside its data, then a cell.</summary>
    public static byte[] XlsxNested(int depth)
    {
        var data = new StringBuilder(depth * 10 + 200);
        data.Insert(0, "<x:a>", depth);
        data.Append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一、总体情况</t></is></c></row>");
        data.Insert(data.Length, "</x:a>", depth);
        return Xlsx(data.ToString());
    }

    /// <summary>An XLSX whose one sheet has <paramref name="rows"/> rows of <paramref name="columns"/> numbers.</summary>
    public static byte[] XlsxHugeTable(int rows, int columns)
    {
        var data = new StringBuilder();
        for (var r = 1; r <= rows; r++)
        {
            data.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
            for (var c = 0; c < columns; c++)
            {
                data.Append(CultureInfo.InvariantCulture, $"<c r=\"{ColumnName(c)}{r}\"><v>{r + c}</v></c>");
            }

            data.Append("</row>");
        }

        return Xlsx(data.ToString());
    }

    /// <summary>The hostile shapes by name, at sizes that reproduce the problems of issue #10 (about 1 MB each).</summary>
    public static IReadOnlyList<(string Name, Func<byte[]> Make)> FullSize { get; } =
    [
        ("pdf-operators-40m.pdf", () => PdfOperatorBomb(10_000_000)),
        ("pdf-spaces-1gib.pdf", () => PdfSpaceBomb(1L << 30)),
        ("pdf-many-pages.pdf", () => PdfManyPages(300, 20_000)),
        ("pdf-recursive-form.pdf", () => PdfRecursiveForm(64)),
        ("html-nested-100k.html", () => HtmlNestedDivs(100_000)),
        ("html-nested-500k.html", () => HtmlNestedDivs(500_000)),
        ("html-table-100k-rows.html", () => HtmlHugeTable(100_000, 9)),
        ("docx-nested-200k.docx", () => DocxNested(200_000)),
        ("docx-table-100k-rows.docx", () => DocxHugeTable(100_000, 9)),
        ("xlsx-nested-500k.xlsx", () => XlsxNested(500_000)),
        ("xlsx-table-100k-rows.xlsx", () => XlsxHugeTable(100_000, 9)),
    ];

    /// <summary>The same shapes a hundred times smaller, for the fuzzer's bounded slice in the test suite.</summary>
    public static IReadOnlyList<(string Name, Func<byte[]> Make)> Small { get; } =
    [
        ("pdf-operators-400k.pdf", () => PdfOperatorBomb(100_000)),
        ("pdf-spaces-16mib.pdf", () => PdfSpaceBomb(16L << 20)),
        ("pdf-many-pages.pdf", () => PdfManyPages(300, 200)),
        ("pdf-recursive-form.pdf", () => PdfRecursiveForm(8)),
        ("html-nested-5k.html", () => HtmlNestedDivs(5_000)),
        ("html-table-2k-rows.html", () => HtmlHugeTable(2_000, 9)),
        ("docx-nested-5k.docx", () => DocxNested(5_000)),
        ("docx-table-2k-rows.docx", () => DocxHugeTable(2_000, 9)),
        ("xlsx-nested-5k.xlsx", () => XlsxNested(5_000)),
        ("xlsx-table-2k-rows.xlsx", () => XlsxHugeTable(2_000, 9)),
    ];

    // zlib (RFC 1950, PDF's FlateDecode) of `unit` repeated `count` times, compressed as it is produced.
    private static byte[] Deflate(string unit, long count)
    {
        var bytes = Encoding.ASCII.GetBytes(unit);
        var chunk = new byte[Math.Max(bytes.Length, 64 * 1024 / bytes.Length * bytes.Length)];
        for (var i = 0; i < chunk.Length / bytes.Length; i++)
        {
            bytes.CopyTo(chunk, i * bytes.Length);
        }

        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var remaining = count * bytes.Length;
            while (remaining > 0)
            {
                var length = (int)Math.Min(chunk.Length, remaining);
                zlib.Write(chunk, 0, length);
                remaining -= length;
            }
        }

        return output.ToArray();
    }

    // A PDF whose pages all draw the given content streams, with Helvetica as /F1 and, when given, a Form XObject /X1.
    // With `mutual`, a second form with the same content, each form's /X1 naming the other one.
    private static byte[] Pdf(IReadOnlyList<byte[]> contents, int pages = 1, byte[]? form = null, bool mutual = false)
    {
        var objects = new List<byte[]>();
        int Add(string text) => Add2(Encoding.ASCII.GetBytes(text));
        int Add2(byte[] bytes)
        {
            objects.Add(bytes);
            return objects.Count;
        }

        byte[] Stream(string dictionary, byte[] data) =>
            [.. Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. "\nendstream"u8];

        Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add("PAGES");
        var font = Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        string FormDictionary(int drawn) => "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 " + font + " 0 R >> /XObject << /X1 " + drawn + " 0 R >> >>";
        var formRef = form is null ? 0 : Add2(Stream(FormDictionary(mutual ? objects.Count + 2 : objects.Count + 1), form));
        if (form is not null && mutual)
        {
            Add2(Stream(FormDictionary(formRef), form));
        }

        var contentRefs = contents.Select(c => Add2(Stream("", c))).ToList();
        var xobjects = form is null ? "" : $" /XObject << /X1 {formRef} 0 R >>";
        var contentArray = string.Join(' ', contentRefs.Select(r => $"{r} 0 R"));
        var kids = new List<int>();
        for (var i = 0; i < pages; i++)
        {
            kids.Add(Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >>{xobjects} >> /Contents [{contentArray}] >>"));
        }

        objects[1] = Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages} >>");
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Docx(string body) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""" + body + "</w:body></w:document>"));

    private static byte[] Xlsx(string sheetData) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="报告" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/worksheets/sheet1.xml", """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="urn:x"><sheetData>""" + sheetData + "</sheetData></worksheet>"));

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return output.ToArray();
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }

        return name;
    }
}
