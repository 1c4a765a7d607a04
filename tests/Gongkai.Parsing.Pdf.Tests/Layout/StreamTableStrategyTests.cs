using Gongkai.Parsing.Pdf.Layout;

namespace Gongkai.Parsing.Pdf.Tests.Layout;

public sealed class StreamTableStrategyTests
{
    private const double Size = 10;

    // Glyphs of one text run from its left edge, each a font size wide (a CJK letter; figures half of it), as the
    // page layout boxes them from the baseline.
    private static IEnumerable<Glyph> Text(string text, double left, double baseline, double size = Size)
    {
        foreach (var letter in text)
        {
            var width = char.IsAsciiDigit(letter) || letter is '+' or '-' ? size / 2 : size;
            yield return new Glyph(letter.ToString(), left, baseline - size * 0.15, left + width, baseline + size * 0.8, size);
            left += width;
        }
    }

    // Text centred on x.
    private static IEnumerable<Glyph> Centred(string text, double x, double baseline)
    {
        var width = text.Sum(c => char.IsAsciiDigit(c) ? Size / 2 : Size);
        return Text(text, x - width / 2, baseline);
    }

    private static PageTables Find(IEnumerable<Glyph> glyphs) =>
        StreamTableStrategy.Default.Find(new PageContent([.. glyphs], [], 595, 842), BaselineLineBuilder.Default);

    // Three value columns centred at 300, 380 and 460; labels from x 72; rows 14 pt apart.
    private static readonly double[] ValueColumns = [300, 380, 460];

    private static IEnumerable<Glyph> Row(string? label, double baseline, params string[] values)
    {
        var glyphs = label is null ? [] : Text(label, 72, baseline);
        return glyphs.Concat(values.SelectMany((v, i) => v.Length == 0 ? [] : Centred(v, ValueColumns[i], baseline)));
    }

    [Fact]
    public void Reads_rows_of_figures_without_rules_as_a_grid_under_their_header()
    {
        var found = Find([
            .. Centred("信息内容", 120, 714), .. Centred("上年", 300, 714), .. Centred("增减", 380, 714), .. Centred("决定", 460, 714),
            .. Row("行政许可", 700, "46", "+12", "2178"),
            .. Row("其他事项", 686, "31", "-3", "640"),
        ]);

        var table = Assert.Single(found.Tables);
        Assert.Equal([["信息内容", "上年", "增减", "决定"], ["行政许可", "46", "+12", "2178"], ["其他事项", "31", "-3", "640"]], table.Cells);
        Assert.Empty(found.Rest);
    }

    [Fact]
    public void Places_a_value_in_the_column_it_stands_in_not_by_its_order_in_the_row()
    {
        // The middle figure of the second row is missing: its last figure is still the third column's.
        var table = Assert.Single(Find([.. Row("规章", 700, "0", "0", "0"), .. Row("规范性文件", 686, "3", "", "21")]).Tables);

        Assert.Equal(["规范性文件", "3", "", "21"], table.Cells[1]);
    }

    [Fact]
    public void Joins_a_label_wrapped_around_its_row_of_figures()
    {
        // The label's two lines stand above and below the figures, which are centred in the row.
        var found = Find([
            .. Row("一、本年新收", 700, "17", "5", "22"),
            .. Text("二、上年结转", 72, 689), .. Row(null, 682, "2", "0", "2"), .. Text("申请数量", 72, 675),
            .. Row("三、本年办结", 661, "19", "3", "23"),
        ]);

        var table = Assert.Single(found.Tables);
        Assert.Equal([["一、本年新收", "17", "5", "22"], ["二、上年结转申请数量", "2", "0", "2"], ["三、本年办结", "19", "3", "23"]], table.Cells);
    }

    [Fact]
    public void Puts_each_header_letter_over_its_column_and_a_spanning_header_in_its_first()
    {
        var found = Find([
            .. Centred("申请人情况", 420, 742),
            .. Centred("自然", 300, 728), .. Centred("法人", 380, 728), .. Centred("总", 460, 728),
            .. Centred("人", 300, 714), .. Centred("组织", 380, 714), .. Centred("计", 460, 714),
            .. Row("新收", 700, "17", "5", "22"),
            .. Row("结转", 686, "2", "0", "2"),
        ]);

        var table = Assert.Single(found.Tables);
        Assert.Equal(["", "", "申请人情况", ""], table.Cells[0]);
        Assert.Equal(["", "自然人", "法人组织", "总计"], table.Cells[1]);
        Assert.Equal(["新收", "17", "5", "22"], table.Cells[2]);
    }

    [Fact]
    public void Keeps_each_row_its_own_label_across_a_caption_and_a_repeated_header_inside_the_table()
    {
        // Table 二 as a browser prints it: a caption over the first value column and the header again before each part;
        // a label as wide as the narrower labels' range is not wrapped, nor does a label wrap over a header row.
        var found = Find([
            .. Centred("信息内容", 120, 728), .. Centred("新制作", 300, 728), .. Centred("新公开", 380, 728), .. Centred("总数", 460, 728),
            .. Row("规章", 714, "0", "0", "0"),
            .. Row("规范性文件", 700, "11", "11", "83"),
            .. Centred("第（五）项", 300, 686),
            .. Centred("信息内容", 120, 672), .. Centred("上年", 300, 672), .. Centred("增减", 380, 672), .. Centred("决定", 460, 672),
            .. Row("行政许可", 658, "148", "+229", "44138"),
            .. Row("其他对外管理服务事项", 644, "93", "-21", "903"),
            .. Centred("第（六）项", 300, 630),
            .. Centred("信息内容", 120, 616), .. Centred("上年", 300, 616), .. Centred("增减", 380, 616), .. Centred("决定", 460, 616),
            .. Row("行政处罚", 602, "359", "-96", "1150"),
        ]);

        var table = Assert.Single(found.Tables);
        var labels = table.Cells.Where(row => row.Skip(1).Any(cell => cell.Length > 0 && char.IsAsciiDigit(cell[^1]))).Select(row => string.Concat(row.TakeWhile(cell => cell.Length == 0 || !char.IsAsciiDigit(cell[^1]))));
        Assert.Equal(["规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚"], labels);
        Assert.Equal(["359", "-96", "1150"], table.Cells[^1][^3..]);
    }

    [Fact]
    public void Cuts_a_numbered_label_from_the_narrow_column_beside_it_however_thin_the_padding()
    {
        // 三、本年度办理结果 set down a narrow column, (一)(二)(三) in the next one less than an em away.
        var found = Find([
            .. Text("三", 72, 700), .. Row(null, 700, "2", "0", "2"), .. Text("（一）予以公开", 90, 700),
            .. Text("、", 72, 686), .. Row(null, 686, "1", "0", "1"), .. Text("（二）部分公开", 90, 686),
            .. Text("本", 72, 672), .. Row(null, 672, "0", "0", "0"), .. Text("（三）不予公开", 90, 672),
        ]);

        var table = Assert.Single(found.Tables);
        Assert.Equal([["三", "（一）予以公开", "2", "0", "2"], ["、", "（二）部分公开", "1", "0", "1"], ["本", "（三）不予公开", "0", "0", "0"]], table.Cells);
    }

    [Fact]
    public void Starts_a_label_at_a_numbering_printed_in_kangxi_radicals()
    {
        // The fonts that map 一 and 二 to the Kangxi radicals ⼀ ⼆: the numbering still starts the next label, though
        // the one above fills its column and the column has a row without a label.
        var found = Find([
            .. Row("⼀、本年新收申请数量", 700, "17", "5", "22"),
            .. Row("⼆、上年结转数量", 686, "2", "0", "2"),
            .. Row(null, 672, "19", "5", "24"),
        ]);

        var table = Assert.Single(found.Tables);
        Assert.Equal(["⼀、本年新收申请数量", "⼆、上年结转数量"], table.Cells.Take(2).Select(row => row[0]));
        Assert.True(StreamPieces.IsNumbered("⼆、上年结转"));
    }

    [Fact]
    public void Ends_a_table_at_a_caption_running_across_its_columns()
    {
        var found = Find([
            .. Row("规章", 700, "0", "0", "0"), .. Row("文件", 686, "3", "3", "21"),
            .. Text("第二十条第（五）项：行政许可和其他对外管理服务事项的情况", 72, 672),
            .. Row("许可", 658, "46", "12", "2178"), .. Row("其他", 644, "31", "3", "640"),
        ]);

        Assert.Equal(2, found.Tables.Count);
        Assert.Equal("第二十条第（五）项：行政许可和其他对外管理服务事项的情况", string.Concat(found.Rest.Select(g => g.Value)));
    }

    [Fact]
    public void Leaves_a_sentence_with_figures_and_a_single_row_of_figures_to_the_lines()
    {
        var glyphs = Text("全年收到申请22件，上年结转2件。", 72, 720).Concat(Row("合计", 700, "17", "5", "22")).ToList();

        var found = Find(glyphs);

        Assert.Empty(found.Tables);
        Assert.Equal(glyphs.Count, found.Rest.Count);
    }

    [Fact]
    public void Keeps_the_ruled_tables_of_the_inner_strategy()
    {
        var rulings = new List<Ruling>
        {
            new(true, 760, 72, 372), new(true, 740, 72, 372), new(true, 720, 72, 372),
            new(false, 72, 720, 760), new(false, 272, 720, 760), new(false, 372, 720, 760),
        };
        var glyphs = Text("规章", 76, 745).Concat(Text("0", 276, 745)).Concat(Text("文件", 76, 725)).Concat(Text("3", 276, 725))
            .Concat(Row("许可", 700, "46", "12", "2178")).Concat(Row("其他", 686, "31", "3", "640")).ToList();

        var found = StreamTableStrategy.Default.Find(new PageContent(glyphs, rulings, 595, 842), BaselineLineBuilder.Default);

        Assert.Equal(2, found.Tables.Count);
        Assert.Equal([["规章", "0"], ["文件", "3"]], found.Tables[0].Cells);
        Assert.Equal(["许可", "46", "12", "2178"], found.Tables[1].Cells[0]);
    }
}
