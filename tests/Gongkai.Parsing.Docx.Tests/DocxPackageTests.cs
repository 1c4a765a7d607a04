using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Parsing.Docx.Tests.Support;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Docx.Tests;

public sealed class DocxPackageTests
{
    private static readonly byte[] Minimal = DocxFiles.Create(WordMarkup.P("柏舟县档案局2021年政府信息公开工作年度报告"));

    private static UnreadableInputException Refusal(byte[] bytes, string file, DocxReaderLimits? limits = null) =>
        Assert.Throws<UnreadableInputException>(() =>
        {
            using var package = DocxPackage.Open(bytes, file, limits ?? DocxReaderLimits.Default);
            package.ReadPart("word/document.xml");
            package.ReadPart("word/styles.xml");
        });

    [Fact]
    public void Reads_the_main_part_as_text()
    {
        using var package = DocxPackage.Open(Minimal, "ok.docx", DocxReaderLimits.Default);

        var xml = package.ReadPart("word/document.xml");

        Assert.NotNull(xml);
        Assert.Contains("<w:document", xml, StringComparison.Ordinal);
        Assert.Contains("柏舟县档案局", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_null_for_a_part_the_package_does_not_have()
    {
        using var package = DocxPackage.Open(Minimal, "ok.docx", DocxReaderLimits.Default);

        Assert.Null(package.ReadPart("word/comments.xml"));
    }

    [Fact]
    public void Drops_a_byte_order_mark_from_a_part()
    {
        var bytes = DocxFiles.Zip(("word/document.xml", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document/>"));
        using var package = DocxPackage.Open(bytes, "bom.docx", DocxReaderLimits.Default);

        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document/>", package.ReadPart("word/document.xml"));
    }

    [Fact]
    public void Names_an_excel_workbook_as_such()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }

        var error = Refusal(stream.ToArray(), "表格.xlsx");

        Assert.StartsWith("表格.xlsx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("Excel", error.Message, StringComparison.Ordinal);
        Assert.Contains("不是 Word", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ppt/presentation.xml", "PowerPoint")]
    [InlineData("OFD.xml", "OFD")]
    [InlineData("附件/说明.txt", "ZIP 压缩包")]
    public void Names_the_kind_of_a_zip_file_that_is_not_a_docx(string entry, string kind)
    {
        var error = Refusal(DocxFiles.Zip((entry, "<x/>")), "attachment.docx");

        Assert.StartsWith("attachment.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains(kind, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    public void Refuses_a_part_with_a_document_type_declaration(string part)
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
            """;

        var error = Refusal(DocxFiles.WithPart(Minimal, part, Xxe), "xxe.docx");

        Assert.StartsWith("xxe.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_declaration_in_lower_case_that_follows_a_comment()
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!-- 模板 --><!doctype w:document [<!entity xxe SYSTEM "file:///etc/passwd">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
            """;

        var error = Refusal(DocxFiles.WithPart(Minimal, "word/document.xml", Xxe), "xxe.docx");

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_part_that_inflates_past_the_limit()
    {
        var bomb = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + new string(' ', 5_000_000) + "</w:body></w:document>";
        var bytes = DocxFiles.WithPart(Minimal, "word/document.xml", bomb);
        Assert.True(bytes.Length < 100_000, "the bomb is small when compressed");

        var error = Refusal(bytes, "bomb.docx", new DocxReaderLimits { MaxPartBytes = 1_000_000 });

        Assert.StartsWith("bomb.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("压缩炸弹", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_with_too_many_entries()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"media/{i}.txt", "x")).Append(("word/document.xml", "<w:document/>")).ToArray();

        var error = Refusal(DocxFiles.Zip(entries), "many.docx", new DocxReaderLimits { MaxEntries = 20 });

        Assert.StartsWith("many.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_package_naming_the_file()
    {
        var error = Refusal(Minimal[..(Minimal.Length / 2)], "half.docx");

        Assert.StartsWith("half.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("损坏", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_part_whose_compressed_data_is_damaged()
    {
        var bytes = DocxFiles.WithPart(Minimal, "word/document.xml", string.Concat(Enumerable.Range(0, 2000).Select(i => WordMarkup.P("第" + i + "段正文"))));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var entry = zip.GetEntry("word/document.xml")!;
        var start = FindLocalData(bytes, entry.FullName);
        for (var i = start + 40; i < start + 400; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var error = Refusal(bytes, "damaged.docx");

        Assert.StartsWith("damaged.docx：", error.Message, StringComparison.Ordinal);
    }

    // Where an entry's compressed data starts: after its local header (30 bytes, the name, the extra field).
    private static int FindLocalData(byte[] zip, string name)
    {
        var header = Encoding.ASCII.GetBytes("PK\x03\x04");
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i < zip.Length - 30; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual(header) && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                return i + 30 + nameBytes.Length + BitConverter.ToUInt16(zip, i + 28);
            }
        }

        throw new InvalidOperationException("entry not found");
    }
}
