using Gongkai.Parsing.Documents;
using static Gongkai.Parsing.Docx.Tests.Support.WordMarkup;

namespace Gongkai.Parsing.Docx.Tests;

public sealed class WordNumberingTests
{
    // List 1: level 0 一、二、 (chineseCounting), level 1 （一）（二）; list 2: 1. 2. (decimal) starting at 1.
    private const string Numbering = $"""
        <w:numbering {Namespaces}>
          <w:abstractNum w:abstractNumId="10">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          </w:abstractNum>
          <w:abstractNum w:abstractNumId="20">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
        </w:numbering>
        """;

    [Fact]
    public void Renders_chinese_counting_and_resets_deeper_levels()
    {
        var numbering = new WordNumbering(Numbering);

        string[] printed = [numbering.Next("1", 0), numbering.Next("1", 1), numbering.Next("1", 1), numbering.Next("1", 0), numbering.Next("1", 1)];

        Assert.Equal(["一、", "（一）", "（二）", "二、", "（一）"], printed);
    }

    [Theory]
    [InlineData(10, "十、")]
    [InlineData(11, "十一、")]
    [InlineData(20, "二十、")]
    [InlineData(23, "二十三、")]
    public void Counts_past_ten_in_chinese(int count, string expected)
    {
        var numbering = new WordNumbering(Numbering);
        var last = "";
        for (var i = 0; i < count; i++)
        {
            last = numbering.Next("1", 0);
        }

        Assert.Equal(expected, last);
    }

    [Fact]
    public void Unknown_lists_and_missing_numbering_print_nothing()
    {
        Assert.Equal("", new WordNumbering(null).Next("1", 0));
        Assert.Equal("", new WordNumbering(Numbering).Next("99", 0));
        Assert.Equal("", new WordNumbering(Numbering).Next("1", 12));
    }

    [Fact]
    public void Numbered_paragraphs_carry_their_numbers_in_the_text()
    {
        var body = $"""
            <w:document {Namespaces}><w:body>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>主动公开政府信息情况</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>属于国家秘密</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>
            """;

        var blocks = new WordBodyReader("n.docx", DocxReaderLimits.Default, [], new WordNumbering(Numbering)).Read(body);

        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况"], blocks.OfType<SourceParagraph>().Select(p => p.Text));
        Assert.Equal("1.属于国家秘密", blocks.OfType<SourceTable>().Single().Rows[0].Cells[0].Text);
    }
}
