using Gongkai.Testing.Fuzzing;

namespace Gongkai.Corpus.Tests;

/// <summary>The fuzzer's layout mutators (docs/fuzzing.md) make the layouts issue #14 names, from a small fictional table.</summary>
public sealed class LayoutMutationsTests
{
    private const string Table = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t5\t5\t5\n（二）部分公开\t3\t1";

    [Fact]
    public void Cells_one_per_line_puts_every_cell_on_its_own_line()
    {
        Assert.Equal("信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n5\n5\n5\n（二）部分公开\n3\n1", LayoutMutations.CellsOnePerLine(Table));
    }

    [Fact]
    public void Dropping_duplicates_collapses_a_row_of_equal_values_and_a_row_of_zeros_to_one_value()
    {
        var crawled = LayoutMutations.DuplicatesDropped(LayoutMutations.CellsOnePerLine(Table));

        Assert.Equal("信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n行政规范性文件\n5\n（二）部分公开\n3\n1", crawled);
    }

    [Fact]
    public void A_body_on_one_line_glues_the_cells_after_the_kept_header_lines()
    {
        var glued = LayoutMutations.BodyOnOneLine("标题\n" + Table, new FixedRandom(1));

        Assert.Equal("标题\n信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件555（二）部分公开31", glued);
    }

    [Fact]
    public void Detached_labels_come_first_then_the_rows_of_numbers()
    {
        Assert.Equal("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\n行政规范性文件\n（二）部分公开\n0\t0\t0\n5\t5\t5\n3\t1", LayoutMutations.LabelsDetached(Table));
    }

    [Fact]
    public void A_header_row_without_figures_becomes_ocr_placeholders()
    {
        Assert.StartsWith("数据1\t数据2\t数据3\t数据4\n规章\t0\t0\t0\n", LayoutMutations.PlaceholderHeaders(Table), StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_fragment_has_paragraphs_and_a_table_but_no_html_or_body()
    {
        var fragment = LayoutMutations.HtmlFragment("二、主动公开政府信息情况\n" + Table, new FixedRandom(2));

        Assert.StartsWith("<p>二、主动公开政府信息情况</p>\n<table><tr><td>信息内容</td>", fragment, StringComparison.Ordinal);
        Assert.Contains("<tr><td>行政规范性文件</td><td>5</td><td>5</td><td>5</td></tr>", fragment, StringComparison.Ordinal);
        Assert.EndsWith("</table>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<body", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crawl_header_names_the_title_and_a_publication_time_before_the_body()
    {
        var crawled = LayoutMutations.CrawlHeader("青禾市示例局2023年政府信息公开工作年度报告\n正文第一段", new Random(3));
        var lines = crawled.Split('\n');

        Assert.Equal("标题: 青禾市示例局2023年政府信息公开工作年度报告", lines[0]);
        Assert.StartsWith("发布时间: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("正文:", lines);
        Assert.EndsWith("\n青禾市示例局2023年政府信息公开工作年度报告\n正文第一段", crawled, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mutator_is_reached_and_keeps_the_figures_of_the_table()
    {
        var random = new Random(5);
        foreach (var (name, apply) in LayoutMutations.All)
        {
            var mutated = apply(Table, random);

            Assert.True(mutated.Contains('5', StringComparison.Ordinal) && mutated.Contains('3', StringComparison.Ordinal), name);
        }

        Assert.Equal(7, LayoutMutations.All.Select(m => m.Name).Distinct().Count());
    }

    // A Random whose Next(max) is always the same value (capped below max): the mutators' choices made explicit.
    private sealed class FixedRandom(int value) : Random
    {
        public override int Next(int maxValue) => Math.Min(value, maxValue - 1);
    }
}
