using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class LabelPartsTests
{
    private static LabelParts Parse(string label) => LabelParts.Parse(LabelText.Normalize(label));

    [Fact]
    public void Reads_top_group_item_and_leaf_of_a_label_joined_from_three_cells()
    {
        var parts = Parse("三、本年度办理结果（三）不予公开8．属于行政查询事项");

        Assert.Equal(3, parts.Top);
        Assert.Equal(3, parts.Group);
        Assert.Equal(8, parts.Item);
        Assert.Equal("属于行政查询事项", parts.Leaf);
        Assert.Equal("不予公开", parts.GroupText);
    }

    [Fact]
    public void Reads_a_top_level_row()
    {
        var parts = Parse("四、结转下年度继续办理");

        Assert.Equal(4, parts.Top);
        Assert.Null(parts.Group);
        Assert.Null(parts.Item);
        Assert.Equal("结转下年度继续办理", parts.Leaf);
    }

    [Fact]
    public void Reads_a_group_row_whose_leaf_is_the_group_text()
    {
        var parts = Parse("（七）总计");

        Assert.Null(parts.Top);
        Assert.Equal(7, parts.Group);
        Assert.Equal("总计", parts.Leaf);
        Assert.Equal("总计", parts.GroupText);
    }

    [Fact]
    public void Reads_an_item_alone_without_a_group()
    {
        var parts = Parse("2、重复申请");

        Assert.Null(parts.Group);
        Assert.Equal(2, parts.Item);
        Assert.Equal("重复申请", parts.Leaf);
    }

    [Fact]
    public void Keeps_parentheses_inside_the_leaf_that_are_not_a_numbering()
    {
        var parts = Parse("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");

        Assert.Equal(2, parts.Group);
        Assert.Equal("部分公开(区分处理的,只计这一情形,不计其他情形)", parts.Leaf);
    }

    [Fact]
    public void Reads_a_2021_other_row_with_its_long_leaf()
    {
        var parts = Parse("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");

        Assert.Equal(6, parts.Group);
        Assert.Equal(2, parts.Item);
        Assert.StartsWith("申请人逾期未按收费通知", parts.Leaf, StringComparison.Ordinal);
        Assert.Equal("其他处理", parts.GroupText);
    }

    [Fact]
    public void Does_not_take_a_decimal_number_for_an_item()
    {
        var parts = Parse("2.5万元");

        Assert.Null(parts.Item);
        Assert.Equal("2.5万元", parts.Leaf);
    }

    [Fact]
    public void Does_not_take_a_year_inside_the_text_for_an_item()
    {
        var parts = Parse("（一）2021.12以前的申请");

        Assert.Equal(1, parts.Group);
        Assert.Null(parts.Item);
    }

    [Fact]
    public void Reads_an_empty_label_as_nothing()
    {
        var parts = Parse("");

        Assert.Null(parts.Top);
        Assert.Null(parts.Group);
        Assert.Null(parts.Item);
        Assert.Equal("", parts.Leaf);
    }
}
