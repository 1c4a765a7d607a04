using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Docx.Tests.Support;
using Gongkai.Parsing.Reading;
using static Gongkai.Parsing.Docx.Tests.Support.WordMarkup;

namespace Gongkai.Parsing.Docx.Tests;

public sealed class WordBodyReaderTests
{
    private static readonly Dictionary<string, int> Headings = new(StringComparer.Ordinal) { ["1"] = 1, ["2"] = 2 };

    private static List<Block> Read(string bodyXml, DocxReaderLimits? limits = null) =>
        new WordBodyReader("body.docx", limits ?? DocxReaderLimits.Default, Headings, new WordNumbering(null)).Read(Document(bodyXml));

    private static List<string> Describe(string bodyXml) => DocxFiles.Describe(Read(bodyXml));

    private static string[][] Grid(string tableXml) =>
        Assert.IsType<SourceTable>(Assert.Single(Read(tableXml))).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

    [Fact]
    public void Reads_paragraphs_with_their_heading_levels_as_numbered_lines()
    {
        var blocks = Read(P("柏舟县档案局2021年政府信息公开工作年度报告") + P("一、总体情况", "1") + "<w:p/><w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr></w:p>" +
            P("（一）主动公开", "2") + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>1.网站</w:t></w:r></w:p>" + P("正文", "NoSuchStyle"));

        Assert.Equal(["P 柏舟县档案局2021年政府信息公开工作年度报告", "H1 一、总体情况", "H2 （一）主动公开", "H3 1.网站", "P 正文"], DocxFiles.Describe(blocks));
        Assert.Equal([1, 2, 3, 4, 5], blocks.Select(b => b.Source.Line));
        Assert.All(blocks, b => Assert.Equal("body.docx", b.Source.File));
    }

    [Fact]
    public void Reads_the_text_of_every_run_and_turns_tabs_breaks_and_hyphens_into_characters()
    {
        var lines = Describe("""
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
            <w:r><w:t>规章</w:t><w:tab/><w:t>0</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> 件</w:t></w:r>
            <w:r><w:br/><w:t>2021</w:t><w:noBreakHyphen/><w:t>2022</w:t><w:cr/><w:t>尾</w:t></w:r></w:p>
            """);

        Assert.Equal(["P 规章 0 件", "P 2021-2022", "P 尾"], lines);
    }

    [Fact]
    public void Keeps_inserted_text_and_drops_deleted_and_moved_away_text()
    {
        var lines = Describe("""
            <w:p><w:r><w:t>全年收到申请</w:t></w:r>
            <w:del w:id="1" w:author="审核人"><w:r><w:delText>10</w:delText></w:r></w:del>
            <w:ins w:id="2" w:author="审核人"><w:r><w:t>12</w:t></w:r></w:ins>
            <w:moveFrom w:id="3" w:author="审核人"><w:r><w:t>（移走的文字）</w:t></w:r></w:moveFrom>
            <w:r><w:t>件。</w:t></w:r>
            <w:moveTo w:id="4" w:author="审核人"><w:r><w:t>（移来的文字）</w:t></w:r></w:moveTo></w:p>
            """);

        Assert.Equal(["P 全年收到申请12件。（移来的文字）"], lines);
    }

    [Fact]
    public void Drops_field_codes_and_keeps_the_field_result()
    {
        var lines = Describe("""
            <w:p><w:r><w:t xml:space="preserve">第</w:t></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:r><w:t>页</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>，共8页</w:t></w:r></w:fldSimple></w:p>
            """);

        Assert.Equal(["P 第3页，共8页"], lines);
    }

    [Fact]
    public void Does_not_read_comment_marks_as_text()
    {
        var lines = Describe("""<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>行政复议2件</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>""");

        Assert.Equal(["P 行政复议2件"], lines);
    }

    [Fact]
    public void Reads_text_inside_inline_content_controls_and_hyperlinks()
    {
        var lines = Describe("""
            <w:p><w:sdt><w:sdtPr><w:alias w:val="机关名称"/></w:sdtPr><w:sdtContent><w:r><w:t>柏舟县档案局</w:t></w:r></w:sdtContent></w:sdt>
            <w:hyperlink r:id="rId9"><w:r><w:t>门户网站</w:t></w:r></w:hyperlink></w:p>
            """);

        Assert.Equal(["P 柏舟县档案局门户网站"], lines);
    }

    [Fact]
    public void Places_a_text_box_after_the_body_and_reads_its_alternate_content_once()
    {
        var lines = Describe(
            P("一、总体情况") +
            "<w:p><w:r><w:t>全年主动公开政府信息312条。</w:t></w:r>" + TextBoxRun("扫码阅读图解") + "</w:p>" +
            Tbl(Tr("规章", "0"), Tr("行政规范性文件", "4")));

        Assert.Equal(["P 一、总体情况", "P 全年主动公开政府信息312条。", "T 规章|0 / 行政规范性文件|4", "P 扫码阅读图解"], lines);
    }

    [Fact]
    public void Reads_a_vml_text_box_without_alternate_content_after_the_body()
    {
        var lines = Describe($"<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{P("侧栏说明")}{Tbl(Tr("甲", "1"))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" + P("下一段"));

        Assert.Equal(["P 正文", "P 下一段", "P 侧栏说明", "T 甲|1"], lines);
    }

    [Fact]
    public void Reads_a_text_box_inside_a_table_cell_after_the_body_and_not_in_the_cell()
    {
        var lines = Describe(Tbl("<w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r>" + TextBoxRun("注：单位为件") + "</w:p></w:tc>" + Tc("0") + "</w:tr>") + P("正文"));

        Assert.Equal(["T 规章|0", "P 正文", "P 注：单位为件"], lines);
    }

    [Fact]
    public void Reads_block_level_content_controls_and_custom_xml_in_place()
    {
        var lines = Describe(
            P("一、总体情况") +
            "<w:sdt><w:sdtPr><w:alias w:val=\"正文\"/></w:sdtPr><w:sdtContent>" + P("全年主动公开政府信息312条。") + Tbl(Tr("规章", "0")) + "</w:sdtContent></w:sdt>" +
            "<w:customXml w:element=\"section\">" + P("二、主动公开政府信息情况") + "</w:customXml>");

        Assert.Equal(["P 一、总体情况", "P 全年主动公开政府信息312条。", "T 规章|0", "P 二、主动公开政府信息情况"], lines);
    }

    [Fact]
    public void Expands_grid_spans_and_vertical_merges_with_the_text_in_the_first_position()
    {
        var grid = Grid(Tbl(
            "<w:tr>" + Tc("三、本年度办理结果", "<w:vMerge w:val=\"restart\"/>") + Tc("（一）予以公开", "<w:gridSpan w:val=\"2\"/>") + Tc("14") + "</w:tr>",
            "<w:tr>" + Tc("", "<w:vMerge/>") + Tc("（三）不予公开", "<w:vMerge w:val=\"restart\"/>") + Tc("1．属于国家秘密") + Tc("0") + "</w:tr>",
            "<w:tr>" + Tc("残留文字", "<w:vMerge w:val=\"continue\"/>") + Tc("", "<w:vMerge/>") + Tc("2．其他法律行政法规禁止公开") + Tc("1") + "</w:tr>"));

        Assert.Equal(
            [
                ["三、本年度办理结果", "（一）予以公开", "", "14"],
                ["", "（三）不予公开", "1．属于国家秘密", "0"],
                ["", "", "2．其他法律行政法规禁止公开", "1"],
            ],
            grid);
    }

    [Fact]
    public void Reads_a_table_as_a_grid_with_row_lines_and_cell_sources()
    {
        var blocks = Read(P("四、政府信息公开行政复议、行政诉讼情况") + Tbl(Tr("行政复议", "行政诉讼"), Tr("2", "1")) + P("五、存在的主要问题及改进情况"));

        var table = Assert.IsType<SourceTable>(blocks[1]);
        Assert.True(table.IsGrid);
        Assert.Equal(2, table.Width);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Source.Line));
        Assert.Equal(["L3:c1", "L3:c2"], table.Rows[1].Cells.Select(c => c.Source.ToCompactString()));
        Assert.Equal(4, blocks[2].Source.Line);
    }

    [Fact]
    public void Empties_the_positions_covered_by_a_horizontal_merge()
    {
        var grid = Grid(Tbl("<w:tr>" + Tc("行政复议", "<w:hMerge w:val=\"restart\"/>") + Tc("被合并", "<w:hMerge w:val=\"continue\"/>") + "</w:tr>", Tr("结果维持", "结果纠正")));

        Assert.Equal([["行政复议", ""], ["结果维持", "结果纠正"]], grid);
    }

    [Fact]
    public void Leaves_empty_positions_for_grid_before_and_grid_after()
    {
        var grid = Grid(Tbl(
            "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc("自然人") + Tc("总计") + "</w:tr>",
            Tr("申请人情况", "38", "50"),
            "<w:tr><w:trPr><w:gridAfter w:val=\"1\"/></w:trPr>" + Tc("本年新收") + Tc("38") + "</w:tr>"));

        Assert.Equal([["", "自然人", "总计"], ["申请人情况", "38", "50"], ["本年新收", "38", ""]], grid);
    }

    [Fact]
    public void Pads_short_rows_to_the_widest_row()
    {
        var grid = Grid(Tbl(Tr("行政许可"), Tr("信息内容", "本年处理决定数量", "备注")));

        Assert.Equal([["行政许可", "", ""], ["信息内容", "本年处理决定数量", "备注"]], grid);
    }

    [Theory]
    [InlineData("100000", 65)]
    [InlineData("0", 2)]
    [InlineData("-5", 2)]
    [InlineData("abc", 2)]
    public void Clamps_a_huge_or_nonsense_grid_span(string span, int width)
    {
        var grid = Grid(Tbl("<w:tr>" + Tc("总计", $"<w:gridSpan w:val=\"{span}\"/>") + Tc("5") + "</w:tr>"));

        var row = Assert.Single(grid);
        Assert.Equal(width, row.Length);
        Assert.Equal("总计", row[0]);
        Assert.Equal("5", row[^1]);
    }

    [Fact]
    public void Joins_the_paragraphs_and_line_breaks_of_a_cell_as_one_label()
    {
        var grid = Grid(Tbl(
            "<w:tr><w:tc>" + P("结果") + P("维持") + "</w:tc>" +
            "<w:tc><w:p><w:r><w:t>尚未</w:t><w:br/><w:t>审结</w:t></w:r></w:p></w:tc>" +
            "<w:tc><w:p><w:r><w:t>其他</w:t></w:r><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>结果</w:t></w:r></w:p></w:tc>" +
            "<w:tc>" + P("Open") + P("Data") + "</w:tc>" +
            "<w:tc>" + P(" ") + P("2316.") + P("48") + "</w:tc></w:tr>"));

        Assert.Equal([["结果维持", "尚未审结", "其他结果", "Open Data", "2316.48"]], grid);
    }

    [Fact]
    public void Emits_a_nested_table_after_its_parent_and_keeps_it_out_of_the_cell()
    {
        var lines = Describe(
            Tbl("<w:tr><w:tc>" + P("表四") + Tbl(Tr("行政复议", "行政诉讼"), Tr("2", "1")) + P("（续）") + "</w:tc>" + Tc("附注") + "</w:tr>", Tr("合计", "3")) +
            P("五、存在的主要问题及改进情况"));

        Assert.Equal(["T 表四（续）|附注 / 合计|3", "T 行政复议|行政诉讼 / 2|1", "P 五、存在的主要问题及改进情况"], lines);
    }

    [Fact]
    public void Reads_rows_and_cells_wrapped_in_content_controls_and_custom_xml()
    {
        var grid = Grid(Tbl(
            Tr("信息内容", "本年处理决定数量", "备注"),
            "<w:sdt><w:sdtPr><w:alias w:val=\"行\"/></w:sdtPr><w:sdtContent>" + Tr("行政许可", "1386", "无") + "</w:sdtContent></w:sdt>",
            "<w:tr>" + Tc("行政处罚") + "<w:sdt><w:sdtPr/><w:sdtContent>" + Tc("57") + "</w:sdtContent></w:sdt>" + Tc("无") + "</w:tr>",
            "<w:tr>" + Tc("行政强制") + "<w:customXml w:element=\"count\">" + Tc("3") + "</w:customXml>" + Tc("无") + "</w:tr>"));

        Assert.Equal([["信息内容", "本年处理决定数量", "备注"], ["行政许可", "1386", "无"], ["行政处罚", "57", "无"], ["行政强制", "3", "无"]], grid);
    }

    [Fact]
    public void Reads_tables_no_deeper_than_the_depth_limit()
    {
        var xml = P("最内层");
        for (var level = 40; level >= 1; level--)
        {
            xml = Tbl("<w:tr><w:tc>" + P("第" + level + "层") + xml + "</w:tc></w:tr>");
        }

        var tables = Read(xml, new DocxReaderLimits { MaxTableDepth = 5 }).OfType<SourceTable>().ToList();

        Assert.Equal(["第1层", "第2层", "第3层", "第4层", "第5层"], tables.Select(t => t.Rows[0].Cells[0].Text));
    }

    [Fact]
    public void Refuses_a_table_over_the_cell_limit_naming_the_file()
    {
        var rows = Enumerable.Range(0, 30).Select(i => Tr("第" + i + "项", "0", "0", "0")).ToArray();

        var error = Assert.Throws<UnreadableInputException>(() => Read(Tbl(rows), new DocxReaderLimits { MaxTableCells = 100 }));

        Assert.StartsWith("body.docx：", error.Message, StringComparison.Ordinal);
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_paragraph_nested_a_hundred_thousand_content_controls_deep()
    {
        const int Depth = 100_000;
        var xml = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", Depth)) + P("最内层") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", Depth));

        Assert.Equal(["P 最内层"], Describe(xml));
    }

    [Fact]
    public void Reads_a_long_table_within_the_cell_limit()
    {
        var rows = string.Concat(Enumerable.Range(0, 150_000).Select(i => "<w:tr><w:tc><w:p><w:r><w:t>" + i + "</w:t></w:r></w:p></w:tc></w:tr>"));

        var table = Assert.IsType<SourceTable>(Assert.Single(Read("<w:tbl>" + rows + "</w:tbl>")));

        Assert.Equal(150_000, table.Rows.Count);
        Assert.Equal("149999", table.Rows[^1].Cells[0].Text);
    }

    [Fact]
    public void Reads_the_current_paragraph_style_not_the_one_a_tracked_formatting_change_replaced()
    {
        var lines = Describe("""
            <w:p><w:pPr><w:pPrChange w:id="5" w:author="审核人"><w:pPr><w:pStyle w:val="1"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>原为标题的正文</w:t></w:r></w:p>
            """);

        Assert.Equal(["P 原为标题的正文"], lines);
    }

    [Fact]
    public void Reads_the_current_cell_merge_not_the_one_a_tracked_change_replaced()
    {
        var grid = Grid(Tbl(
            Tr("行政许可", "1386"),
            "<w:tr>" + Tc("行政处罚", "<w:tcPrChange w:id=\"6\" w:author=\"审核人\"><w:tcPr><w:vMerge/></w:tcPr></w:tcPrChange>") + Tc("57") + "</w:tr>"));

        Assert.Equal([["行政许可", "1386"], ["行政处罚", "57"]], grid);
    }
}
