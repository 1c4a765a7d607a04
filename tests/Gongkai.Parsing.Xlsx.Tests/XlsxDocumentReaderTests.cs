using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Reading;
using static Gongkai.Parsing.Xlsx.Tests.XlsxFiles;

namespace Gongkai.Parsing.Xlsx.Tests;

public sealed class XlsxDocumentReaderTests
{
    private static SourceDocument Read(byte[] bytes, XlsxReaderLimits? limits = null) =>
        new XlsxDocumentReader(limits ?? XlsxReaderLimits.Default).Read(bytes, "测试.xlsx", ReaderLimits.Default);

    [Fact]
    public void A_ruled_region_is_a_grid_table_with_merged_cells_expanded_and_text_rows_are_paragraphs()
    {
        var sheet = new Sheet("表三",
            Row(1, Str("A1", "柏舟县统计局2021年政府信息公开工作年度报告")) +
            Row(3, Str("A3", "申请人情况", 1), Str("B3", "", 1), Str("C3", "总计", 1)) +
            Row(4, Str("A4", "自然人", 1), Str("B4", "法人", 1), Str("C4", "", 1)) +
            Row(5, Number("A5", "3", 1), Number("B5", "1", 1), Number("C5", "4", 1)) +
            Row(7, Str("A7", "第一段\n第二段")),
            Merges: """<mergeCell ref="A3:B3"/><mergeCell ref="C3:C4"/>""");

        var blocks = Read(Create([sheet])).Blocks;

        Assert.Collection(blocks,
            b => Assert.Equal("柏舟县统计局2021年政府信息公开工作年度报告", Assert.IsType<SourceParagraph>(b).Text),
            b =>
            {
                var table = Assert.IsType<SourceTable>(b);
                Assert.True(table.IsGrid);
                Assert.Equal(["申请人情况", "", "总计"], table.Rows[0].Cells.Select(c => c.Text));
                Assert.Equal(["自然人", "法人", ""], table.Rows[1].Cells.Select(c => c.Text));
                Assert.Equal(["3", "1", "4"], table.Rows[2].Cells.Select(c => c.Text));
                Assert.Equal(new Core.Model.SourceRef("测试.xlsx", 5, 1, 2), table.Rows[2].Cells[1].Source);
            },
            b => Assert.Equal("第一段", Assert.IsType<SourceParagraph>(b).Text),
            b => Assert.Equal("第二段", Assert.IsType<SourceParagraph>(b).Text));
    }

    [Fact]
    public void Values_read_as_Excel_shows_them()
    {
        var sheet = new Sheet("数据",
            Row(1,
                """<c r="A1" t="s" s="1"><v>1</v></c>""",
                Number("B1", "88.400000000000006", 1),
                """<c r="C1" s="1"><f>SUM(A2:B2)</f><v>12</v></c>""",
                """<c r="D1" s="1"><f>SUM(A2:B2)</f></c>""",
                """<c r="E1" t="b" s="1"><v>1</v></c>""",
                Number("F1", "0.125", 2),
                Number("G1", "1E-3", 1)));
        var strings = """<si><t>规章</t></si><si><r><t>予以</t></r><r><t>公开</t></r><rPh><t>よ</t></rPh></si>""";

        var table = Assert.IsType<SourceTable>(Assert.Single(Read(Create([sheet], strings)).Blocks));

        Assert.Equal(["予以公开", "88.4", "12", "", "TRUE", "12.5%", "0.001"], table.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Rich_text_reads_each_run_once_and_leaves_phonetic_guides_and_run_properties_out()
    {
        var sheet = new Sheet("富文本",
            Row(1,
                """<c r="A1" t="inlineStr" s="1"><is><r><rPr><b/></rPr><t xml:space="preserve">予以 </t></r><r><t>公开</t><t>（重复）</t></r><rPh sb="0" eb="1"><t>よ</t></rPh></is></c>""",
                """<c r="B1" t="s" s="1"><v>0</v></c>""",
                """<c r="C1" t="inlineStr" s="1"><is><t>部分<![CDATA[公开]]></t></is></c>"""));
        var strings = """<si><r><t/></r><r><rPr><sz val="9"/></rPr><t>不予</t></r><t>公开</t><phoneticPr fontId="1"/></si>""";

        var table = Assert.IsType<SourceTable>(Assert.Single(Read(Create([sheet], strings)).Blocks));

        Assert.Equal(["予以 公开", "不予公开", "部分公开"], table.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Sheets_are_read_in_workbook_order_and_hidden_ones_skipped()
    {
        var blocks = Read(Create([
            new Sheet("正文", Row(1, Str("A1", "甲"))),
            new Sheet("草稿", Row(1, Str("A1", "隐藏的")), Hidden: true),
            new Sheet("后记", Row(1, Str("A1", "乙"))),
        ])).Blocks;

        Assert.Equal(["甲", "乙"], blocks.Cast<SourceParagraph>().Select(p => p.Text));
        Assert.Equal(2, blocks[1].Source.Page); // the second tab the user sees
    }

    [Fact]
    public void Without_borders_rows_of_two_or_more_filled_cells_are_the_tables()
    {
        var sheet = new Sheet("无边框",
            Row(1, Str("A1", "说明")) +
            Row(2, Str("A2", "规章"), Number("B2", "0"), Number("C2", "5")) +
            Row(3, Str("A3", "规范性文件"), Number("B3", "1"), Number("C3", "2")) +
            Row(4, Str("A4", "结尾")));

        var blocks = Read(Create([sheet], styles: null)).Blocks;

        Assert.IsType<SourceParagraph>(blocks[0]);
        Assert.Equal(2, Assert.IsType<SourceTable>(blocks[1]).Rows.Count);
        Assert.IsType<SourceParagraph>(blocks[2]);
    }

    [Fact]
    public void A_line_on_its_own_in_a_title_size_or_bold_font_is_a_heading()
    {
        const string styles = $"""
            <styleSheet xmlns="{Main}">
              <fonts count="3"><font><sz val="11"/></font><font><sz val="18"/></font><font><b/><sz val="12"/></font></fonts>
              <cellXfs count="3"><xf fontId="0"/><xf fontId="1"/><xf fontId="2"/></cellXfs>
            </styleSheet>
            """;
        var sheet = new Sheet("正文",
            Row(1, Str("A1", "柏舟县统计局2021年政府信息公开工作年度报告", 1)) +
            Row(2, Str("A2", "一、总体情况", 2)) +
            Row(3, Str("A3", "正文第一段。")) +
            Row(4, Str("A4", "加粗的\n两段正文", 2)));

        var paragraphs = Read(Create([sheet], styles: styles)).Blocks.Cast<SourceParagraph>().ToList();

        Assert.Equal([1, 2, 0, 0, 0], paragraphs.Select(p => p.HeadingLevel));
    }

    [Fact]
    public void Claims_only_workbooks()
    {
        var workbook = Create([new Sheet("S", Row(1, Str("A1", "x")))]);
        var document = Zip(new() { ["word/document.xml"] = "<w:document/>" });

        Assert.True(XlsxDocumentReader.Instance.CanRead(InputKind.Zip, workbook));
        Assert.False(XlsxDocumentReader.Instance.CanRead(InputKind.Zip, document));
        Assert.False(XlsxDocumentReader.Instance.CanRead(InputKind.Zip, "PK\x03\x04 damaged"u8.ToArray()));
        Assert.False(XlsxDocumentReader.Instance.CanRead(InputKind.Html, workbook));
    }

    [Fact]
    public void Refuses_a_DTD()
    {
        var bytes = Zip(new()
        {
            ["xl/workbook.xml"] = """<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""",
        });

        var error = Assert.Throws<UnreadableInputException>(() => Read(bytes));

        Assert.Contains("测试.xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_more_cells_than_the_limit()
    {
        var cells = string.Concat(Enumerable.Range(1, 20).Select(i => Row(i, Number($"A{i}", "1"), Number($"B{i}", "2"))));

        var error = Assert.Throws<UnreadableInputException>(() => Read(Create([new Sheet("大表", cells)]), new XlsxReaderLimits { MaxCells = 10 }));

        Assert.Contains("单元格过多", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_sheet_merge_is_ignored_rather_than_expanded()
    {
        var sheet = new Sheet("装饰", Row(1, Str("A1", "标题", 1)), Merges: """<mergeCell ref="A1:XFD1048576"/>""");

        var table = Assert.IsType<SourceTable>(Assert.Single(Read(Create([sheet])).Blocks));

        Assert.Equal("标题", Assert.Single(Assert.Single(table.Rows).Cells).Text);
    }

    [Fact]
    public void Damaged_xml_is_refused_with_the_file_name()
    {
        var bytes = Create([new Sheet("坏", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")]);

        var error = Assert.Throws<UnreadableInputException>(() => Read(bytes));

        Assert.StartsWith("测试.xlsx：", error.Message, StringComparison.Ordinal);
    }
}
