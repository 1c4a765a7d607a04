using Gongkai.Parsing.Tables.Requests;

namespace Gongkai.Parsing.Tests.Tables.Requests;

public sealed class RequestsRowMatcherTests
{
    private readonly RequestsRowMatcher _matcher = new();

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量", "newReceived")]
    [InlineData("一、 本 年 新 收 政 府 信 息 公 开 申 请 数 量", "newReceived")]
    [InlineData("二、上年结转政府信息公开申请数量", "carriedOver")]
    [InlineData("三、本年度办理结果（一）予以公开", "granted")]
    [InlineData("三、本年度办理结果(一)予以公开", "granted")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partiallyGranted")]
    [InlineData("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "partiallyGranted")]
    [InlineData("（三）不予公开1．属于国家秘密", "withheld.stateSecret")]
    [InlineData("(三) 不予公开 1. 属于国家秘密", "withheld.stateSecret")]
    [InlineData("（三）不予公开1、属于国家秘密", "withheld.stateSecret")]
    [InlineData("三、本年度办理结果（三）不予公开8．属于行政查询事项", "withheld.query")]
    [InlineData("（三）不予公开3．危及“三安全一稳定”", "withheld.security")]
    [InlineData("（四）无法提供1．本机关不掌握相关政府信息", "unavailable.notHeld")]
    [InlineData("（五）不予处理5．要求行政机关确认或重新出具已获取信息", "rejected.confirmation")]
    [InlineData("（七）总计", "total")]
    [InlineData("(七) 总 计", "total")]
    [InlineData("四、结转下年度继续办理", "carriedForward")]
    public void Matches_printed_label_variants(string label, string expected)
    {
        Assert.Equal((expected, false), _matcher.Match(label));
    }

    [Theory]
    [InlineData("1．属于国家秘密", "withheld.stateSecret")]
    [InlineData("2.其他法律行政法规禁止公开", "withheld.otherLaw")]
    [InlineData("4、保护第三方合法权益", "withheld.thirdParty")]
    [InlineData("8．属于行政查询事项", "withheld.query")]
    public void Reads_items_alone_in_the_group_of_the_row_before(string item, string expected)
    {
        _matcher.Match("（三）不予公开1．属于国家秘密");

        Assert.Equal(expected, _matcher.Match(item).Key);
    }

    [Fact]
    public void Carries_the_group_from_a_label_printed_without_values()
    {
        _matcher.Observe("（五）不予处理");

        Assert.Equal("rejected.duplicate", _matcher.Match("2．重复申请").Key);
        Assert.Equal("rejected.publication", _matcher.Match("3．要求提供公开出版物").Key);
    }

    [Fact]
    public void Matches_a_typo_approximately()
    {
        _matcher.Match("（三）不予公开1．属于国家秘密");

        Assert.Equal(("withheld.otherLaw", true), _matcher.Match("2．其他法律行政止公开"));
    }

    [Fact]
    public void Matches_a_typo_approximately_without_numbering()
    {
        Assert.Equal(("withheld.otherLaw", true), _matcher.Match("其他法律行政止公开"));
    }

    [Fact]
    public void Reads_the_2019_single_other_row()
    {
        _matcher.Match("（五）不予处理5．要求行政机关确认或重新出具已获取信息");

        Assert.Equal(("other", false), _matcher.Match("（六）其他处理"));
        Assert.Equal(("total", false), _matcher.Match("（七）总计"));
    }

    [Fact]
    public void Reads_the_2021_other_sub_rows()
    {
        Assert.Equal("other.noCorrection", _matcher.Match("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请").Key);
        Assert.Equal("other.unpaidFee", _matcher.Match("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请").Key);
        Assert.Equal(("other.other", false), _matcher.Match("3.其他"));
        Assert.Equal("total", _matcher.Match("（七）总计").Key);
    }

    [Fact]
    public void Reads_other_as_the_applicant_column_header_outside_group_six()
    {
        Assert.Null(_matcher.Match("其他").Key);
    }

    [Fact]
    public void Lets_explicit_numbering_win_over_a_phrase_of_another_row()
    {
        _matcher.Match("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");

        Assert.Equal("carriedForward", _matcher.Match("四、结转下年度继续办理").Key);
        Assert.Null(_matcher.Match("3.其他").Key);
    }

    [Theory]
    [InlineData("申请人情况")]
    [InlineData("法人或其他组织")]
    [InlineData("本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和")]
    [InlineData("政务公开专区一窗通办")]
    public void Matches_no_row_for_headers_and_stray_text(string label)
    {
        Assert.Null(_matcher.Match(label).Key);
    }
}
