using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class LabelTextTests
{
    [Theory]
    [InlineData("（一）予以公开", "(一)予以公开")]
    [InlineData("(一) 予以公开", "(一)予以公开")]
    [InlineData("三、 本 年 度 办 理 结 果", "三、本年度办理结果")]
    [InlineData("1．属于国家秘密", "1.属于国家秘密")]
    [InlineData("1.属于国家秘密", "1.属于国家秘密")]
    [InlineData("1、属于国家秘密", "1.属于国家秘密")]
    [InlineData("１、属于国家秘密", "1.属于国家秘密")]
    [InlineData("3．危及“三安全一稳定”", "3.危及三安全一稳定")]
    [InlineData("结果\u3000维持", "结果维持")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("国办公开办函〔2021〕30号", "国办公开办函(2021)30号")]
    [InlineData("**（七）总计**", "(七)总计")]
    public void Folds_printed_variants_to_one_form(string printed, string expected)
    {
        Assert.Equal(expected, LabelText.Normalize(printed));
    }

    [Fact]
    public void Keeps_the_enumeration_comma_after_chinese_numbers()
    {
        Assert.Equal("一、本年新收政府信息公开申请数量", LabelText.Normalize("一、本年新收政府信息公开申请数量"));
    }

    [Fact]
    public void Rates_identical_labels_as_one()
    {
        Assert.Equal(1.0, LabelText.Similarity("其他法律行政法规禁止公开", "其他法律行政法规禁止公开"));
    }

    [Fact]
    public void Rates_a_label_with_a_typo_above_an_unrelated_label()
    {
        var typo = LabelText.Similarity("其他法律行政止公开", "其他法律行政法规禁止公开");
        var unrelated = LabelText.Similarity("其他法律行政止公开", "属于行政查询事项");

        Assert.InRange(typo, 0.6, 0.99);
        Assert.True(unrelated < 0.3, $"unrelated similarity {unrelated}");
    }

    [Fact]
    public void Is_symmetric_and_zero_for_disjoint_labels()
    {
        Assert.Equal(LabelText.Similarity("重复申请", "信访举报投诉类申请"), LabelText.Similarity("信访举报投诉类申请", "重复申请"), 10);
        Assert.Equal(0.0, LabelText.Similarity("规章", "总计"));
    }

    [Theory]
    [InlineData("其", "其", 1.0)]
    [InlineData("其", "他", 0.0)]
    [InlineData("", "总计", 0.0)]
    public void Compares_single_characters_by_equality(string a, string b, double expected)
    {
        Assert.Equal(expected, LabelText.Similarity(a, b));
    }
}
