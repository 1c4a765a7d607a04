using Gongkai.Parsing.Reading.Text;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class TextLayoutDetectorTests
{
    [Fact]
    public void Detects_docx_text_from_one_tab_led_cell_per_line()
    {
        var text = TestText.Docx("""
            二、主动公开政府信息情况
            →第二十条第（一）项
            →信息内容→本年制发件数→本年废止件数→现行有效件数
            →规章→0→0→0
            →行政规范性文件→4→2→27
            """);

        Assert.Equal(TextLayout.DocxText, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Detects_pdf_text_from_one_tab_separated_row_per_line()
    {
        var text = TestText.Tabs("""
            二、主动公开政府信息情况
            第二十条第（一）项→→→
            信息内容→本年制发件数→本年废止件数→现行有效件数
            规章→0→0→0
            行政规范性文件→4→2→27
            第二十条第（五）项→→→
            信息内容→本年处理决定数量→→
            行政许可→1386→→
            """);

        Assert.Equal(TextLayout.PdfText, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Detects_pdf_text_from_space_separated_rows_without_tabs()
    {
        var text = """
            二、主动公开政府信息情况
              第二十条第（一）项
              信息内容   本年新制作数量  本年新公开数量    对外公开总数量
              规 章   0     0  0
            """;

        Assert.Equal(TextLayout.PdfText, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Detects_markdown_from_headings()
    {
        var text = """
            # 梧桐市档案局

            ## 2020年政府信息公开工作年度报告

            ## 一、总体情况

            全年共受理政府信息公开申请13件。
            """;

        Assert.Equal(TextLayout.Markdown, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Detects_markdown_from_pipe_tables_without_headings()
    {
        var text = """
            二、主动公开政府信息情况
            | 第二十条第（一）项 |  |  |  |
            |---|---|---|---|
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            | 规章 | 0 | 0 | 0 |
            """;

        Assert.Equal(TextLayout.Markdown, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Reads_prose_alone_as_pdf_text()
    {
        var text = "梧桐市档案局2020年政府信息公开工作年度报告\n全年共受理政府信息公开申请13件。\n";

        Assert.Equal(TextLayout.PdfText, TextLayoutDetector.Detect(TextLines.Split(text)));
    }

    [Fact]
    public void Names_the_layouts_as_input_formats()
    {
        Assert.Equal("docx-text", TextLayout.DocxText.ToFormatName());
        Assert.Equal("pdf-text", TextLayout.PdfText.ToFormatName());
        Assert.Equal("markdown", TextLayout.Markdown.ToFormatName());
    }
}
