using Gongkai.Core.Model;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tests.Support;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class DetachedLabelsTests
{
    private static List<string[]> Paired(string text) =>
        DetachedLabels.Pair(TestText.Rows(text)).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Fact]
    public void Pairs_a_run_of_labels_with_the_rows_of_figures_after_it_in_order()
    {
        var rows = Paired("""
            第二十条第（一）项
            信息内容
            本年新制作数量
            本年新公开数量
            对外公开总数量
            规章
            规范性文件
            0 0 0
            2 1 12
            """);

        Assert.Equal(
            [
                ["第二十条第（一）项"], ["信息内容"], ["本年新制作数量"], ["本年新公开数量"], ["对外公开总数量"],
                ["规章", "0", "0", "0"],
                ["规范性文件", "2", "1", "12"],
            ],
            rows);
    }

    [Fact]
    public void Skips_group_headings_followed_by_deeper_numbered_labels_and_keeps_them_in_place()
    {
        var rows = Paired("""
            三、本年度办理结果
            （一）予以公开
            （三）不予公开
            1．属于国家秘密
            2．其他法律行政法规禁止公开
            （六）其他处理
            （七）总计
            5 2 1 0 0 0 8
            1 0 0 0 0 0 1
            0 0 0 0 0 0 0
            2 0 0 0 0 0 2
            9 2 1 0 0 0 12
            """);

        Assert.Equal(
            [
                ["三、本年度办理结果"],
                ["（一）予以公开", "5", "2", "1", "0", "0", "0", "8"],
                ["（三）不予公开"],
                ["1．属于国家秘密", "1", "0", "0", "0", "0", "0", "1"],
                ["2．其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"],
                ["（六）其他处理", "2", "0", "0", "0", "0", "0", "2"],
                ["（七）总计", "9", "2", "1", "0", "0", "0", "12"],
            ],
            rows);
    }

    [Fact]
    public void Leaves_one_cell_per_line_rows_to_the_paragraph_joiner()
    {
        // Each cell on its own line: single figures are a row's cells, not rows.
        var rows = Paired("""
            信息内容
            规章
            0
            0
            0
            """);

        Assert.All(rows, r => Assert.Single(r));
    }

    [Fact]
    public void Does_not_pair_when_there_are_fewer_row_labels_than_figure_rows()
    {
        var rows = Paired("""
            （三）不予公开
            1．属于国家秘密
            1 0 0 0 0 0 1
            0 0 0 0 0 0 0
            """);

        Assert.Equal(4, rows.Count);
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", 1)]
    [InlineData("（三）不予公开", 2)]
    [InlineData("(三)不予公开", 2)]
    [InlineData("1．属于国家秘密", 3)]
    [InlineData("2.重复申请", 3)]
    [InlineData("申请人情况", 0)]
    [InlineData("规章", 0)]
    public void Numbering_levels(string label, int level)
    {
        Assert.Equal(level, DetachedLabels.NumberingLevel(label));
    }

    [Fact]
    public void A_report_with_detached_labels_reads_table_three_in_place()
    {
        var report = TestText.Report("""
            丹溪县气象局2020年政府信息公开工作年度报告
            一、总体情况
            本局认真贯彻《条例》。
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
            申请人情况
            自然人
            一、本年新收政府信息公开申请数量
            二、上年结转政府信息公开申请数量
            3 1 0 0 0 0 4
            1 0 0 0 0 0 1
            五、存在的主要问题及改进情况
            政策解读的形式还比较单一。
            """);

        var requests = Assert.IsType<ReportTable>(report.Requests);
        Assert.Equal([3m, 1m, 0m, 0m, 0m, 0m, 4m], requests["newReceived"]!.Cells.Select(c => c.Value));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], requests["carriedOver"]!.Cells.Select(c => c.Value));
    }
}
