using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Parsing.Docx.Tests.Support;
using Gongkai.Parsing.Reading;
using static Gongkai.Parsing.Docx.Tests.Support.WordMarkup;

namespace Gongkai.Parsing.Docx.Tests;

public sealed class DocxDocumentReaderTests
{
    private const string HeadingStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
        """;

    [Fact]
    public void Reads_paragraphs_with_the_heading_levels_of_their_styles()
    {
        var document = DocxFiles.ReadBody(
            P("柏舟县档案局2021年政府信息公开工作年度报告") + P("一、总体情况", "1") + P("（一）主动公开", "2") + "<w:p/>" + P("全年主动公开政府信息312条。"),
            HeadingStyles);

        Assert.Equal("docx", document.Format);
        Assert.Equal(["P 柏舟县档案局2021年政府信息公开工作年度报告", "H1 一、总体情况", "H2 （一）主动公开", "P 全年主动公开政府信息312条。"], DocxFiles.Describe(document));
        Assert.Equal([1, 2, 3, 4], document.Blocks.Select(b => b.Source.Line));
        Assert.All(document.Blocks, b => Assert.Equal("test.docx", b.Source.File));
    }

    [Fact]
    public void Reads_a_document_written_by_word_with_tracked_changes_field_codes_and_a_text_box()
    {
        var document = DocxFiles.ReadBody(
            """
            <w:p><w:r><w:t>全年收到申请</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>10</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>12</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r><w:moveFrom w:id="3" w:author="a"><w:r><w:t>，已办结</w:t></w:r></w:moveFrom><w:r><w:t>。</w:t></w:r></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://example.invalid" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>门户网站</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """ +
            "<w:p><w:r><w:t>见图解。</w:t></w:r>" + TextBoxRun("扫码阅读图解") + "</w:p>" +
            Tbl(Tr("规章", "0")));

        Assert.Equal(["P 全年收到申请12件。", "P 门户网站", "P 见图解。", "T 规章|0", "P 扫码阅读图解"], DocxFiles.Describe(document));
    }

    [Fact]
    public void Leaves_comments_out_of_the_body_text()
    {
        var docx = DocxFiles.Create(
            """<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>行政复议2件。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>""",
            more: main => main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
                $"<w:comments {Namespaces}><w:comment w:id=\"0\" w:author=\"审核人\">{P("请核对复议数字")}</w:comment></w:comments>"));

        var document = DocxFiles.Read(docx);

        Assert.Equal(["P 行政复议2件。"], DocxFiles.Describe(document));
    }

    [Fact]
    public void Leaves_headers_and_footers_out()
    {
        var docx = DocxFiles.Create(
            P("一、总体情况"),
            more: main => main.AddNewPart<FooterPart>().Footer = new Footer($"<w:ftr {Namespaces}>{P("- 1 -")}</w:ftr>"));

        Assert.Equal(["P 一、总体情况"], DocxFiles.Describe(DocxFiles.Read(docx)));
    }

    [Fact]
    public void Refuses_a_document_with_a_table_over_the_cell_limit()
    {
        var rows = Enumerable.Range(0, 30).Select(i => Tr("第" + i + "项", "0", "0", "0")).ToArray();

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(DocxFiles.Create(Tbl(rows)), "big.docx", new DocxReaderLimits { MaxTableCells = 100 }));

        Assert.StartsWith("big.docx：", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_docx_with_a_chinese_message_naming_the_file()
    {
        var docx = DocxFiles.Create(P("一、总体情况") + Tbl(Tr("规章", "0")));

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(docx[..(docx.Length / 2)], "截断的报告.docx"));

        Assert.StartsWith("截断的报告.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("损坏", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>文字<w:b/></w:t></w:r></w:p></w:body></w:document>")]
    [InlineData("not xml at all")]
    public void Refuses_a_main_part_that_is_not_well_formed(string xml)
    {
        var docx = DocxFiles.WithPart(DocxFiles.Create(P("占位")), "word/document.xml", xml);

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(docx, "broken.docx"));

        Assert.StartsWith("broken.docx：", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    public void Refuses_xml_with_a_document_type_declaration(string part)
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>
            """;
        var docx = DocxFiles.WithPart(DocxFiles.Create(P("占位"), HeadingStyles), part, Xxe);

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(docx, "xxe.docx"));

        Assert.StartsWith("xxe.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_bomb_with_a_small_part_limit()
    {
        var bomb = Document(new string(' ', 5_000_000));
        var docx = DocxFiles.WithPart(DocxFiles.Create(P("占位")), "word/document.xml", bomb);

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(docx, "bomb.docx", new DocxReaderLimits { MaxPartBytes = 1_000_000 }));

        Assert.Contains("压缩炸弹", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_excel_workbook_naming_its_kind()
    {
        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(DocxFiles.Zip(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>")), "统计表.xlsx"));

        Assert.StartsWith("统计表.xlsx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("Excel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_zip_with_too_many_entries_as_unreadable_input()
    {
        var entries = Enumerable.Range(0, 30).Select(i => ($"media/{i}.txt", "x")).Append(("word/document.xml", "<w:document/>")).ToArray();

        var error = Assert.Throws<UnreadableInputException>(() => DocxFiles.Read(DocxFiles.Zip(entries), "many.docx", new DocxReaderLimits { MaxEntries = 20 }));

        Assert.StartsWith("many.docx：", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_zip_files_only()
    {
        Assert.True(DocxDocumentReader.Instance.CanRead(InputKind.Zip));
        Assert.False(DocxDocumentReader.Instance.CanRead(InputKind.OleCompound));
        Assert.False(DocxDocumentReader.Instance.CanRead(InputKind.Html));
    }
}
