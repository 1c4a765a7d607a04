using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2021年2月18日")]
    [InlineData("2021 年 2 月 18 日")]
    [InlineData("2021年02月18日")]
    [InlineData("二〇二一年二月十八日")]
    [InlineData("二零二一年二月十八日")]
    [InlineData("2021-02-18")]
    [InlineData("2021.2.18")]
    [InlineData("2021/02/18")]
    [InlineData("    2021年2月18日   ")]
    public void Reads_a_date_in_the_forms_reports_print(string text)
    {
        var parsed = DateText.ParseTrailing(text);

        Assert.NotNull(parsed);
        Assert.Equal(new DateOnly(2021, 2, 18), parsed.Value.Date);
        Assert.Equal("", parsed.Value.Prefix);
    }

    [Theory]
    [InlineData("二〇二〇年一月二十日", 2020, 1, 20)]
    [InlineData("二〇二二年十二月三十一日", 2022, 12, 31)]
    [InlineData("二〇二三年十月十日", 2023, 10, 10)]
    public void Reads_chinese_numeral_months_and_days(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), DateText.ParseTrailing(text)?.Date);
    }

    [Theory]
    [InlineData("梧桐市档案局 2021年1月20日", "梧桐市档案局")]
    [InlineData("梧桐市档案局2021年1月20日", "梧桐市档案局")]
    [InlineData("棠梨县水务局    二〇二一年一月二十日", "棠梨县水务局")]
    public void Returns_an_agency_name_printed_before_the_date(string text, string prefix)
    {
        var parsed = DateText.ParseTrailing(text);

        Assert.NotNull(parsed);
        Assert.Equal(new DateOnly(2021, 1, 20), parsed.Value.Date);
        Assert.Equal(prefix, parsed.Value.Prefix);
    }

    [Theory]
    [InlineData("2021年2月30日")]
    [InlineData("2021年13月1日")]
    [InlineData("2021年0月10日")]
    [InlineData("2021年2月0日")]
    [InlineData("2022年2月29日")]
    [InlineData("1899年1月1日")]
    [InlineData("2021-13-01")]
    [InlineData("二〇二一年二月三十日")]
    public void Rejects_dates_that_do_not_exist_or_are_out_of_range(string text)
    {
        Assert.Null(DateText.ParseTrailing(text));
    }

    [Fact]
    public void Accepts_the_leap_day_of_a_leap_year()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), DateText.ParseTrailing("2024年2月29日")?.Date);
    }

    [Theory]
    [InlineData("2021年2月18日发布了年度报告。")]
    [InlineData("本报告所列数据统计期限为2020年1月1日至2020年12月31日。")]
    [InlineData("全年共受理政府信息公开申请13件")]
    [InlineData("统计期限为2020年1月1日至2020年12月31日")]
    [InlineData("2021年2月")]
    public void Reads_only_a_date_that_ends_the_text(string text)
    {
        Assert.Null(DateText.ParseTrailing(text));
    }

    [Fact]
    public void Reads_the_date_after_an_agency_whose_name_holds_a_chinese_numeral()
    {
        var parsed = DateText.ParseTrailing("三溪县水利局 2021年1月20日");

        Assert.Equal(new DateOnly(2021, 1, 20), parsed?.Date);
        Assert.Equal("三溪县水利局", parsed?.Prefix);
    }
}
