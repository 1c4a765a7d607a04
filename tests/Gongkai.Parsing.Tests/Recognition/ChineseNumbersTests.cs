using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class ChineseNumbersTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十八", 28)]
    [InlineData("三十一", 31)]
    [InlineData("九十九", 99)]
    [InlineData("7", 7)]
    public void Reads_small_numerals(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumbers.ParseSmall(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("百")]
    [InlineData("十十")]
    [InlineData("一二")]
    [InlineData("二十一二")]
    [InlineData("甲")]
    public void Rejects_what_is_not_a_small_numeral(string text)
    {
        Assert.Null(ChineseNumbers.ParseSmall(text));
    }

    [Theory]
    [InlineData("二〇二一", 2021)]
    [InlineData("二零二一", 2021)]
    [InlineData("二○一九", 2019)]
    [InlineData("2020", 2020)]
    public void Reads_years_digit_by_digit(string text, int expected)
    {
        Assert.Equal(expected, ChineseNumbers.ParseDigits(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("二〇二一年")]
    [InlineData("两千")]
    public void Rejects_what_is_not_a_digit_string(string text)
    {
        Assert.Null(ChineseNumbers.ParseDigits(text));
    }

    [Theory]
    [InlineData('〇', 0)]
    [InlineData('零', 0)]
    [InlineData('○', 0)]
    [InlineData('五', 5)]
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    public void Reads_single_digits(char c, int expected)
    {
        Assert.Equal(expected, ChineseNumbers.Digit(c));
    }

    [Fact]
    public void Reads_no_value_for_other_characters()
    {
        Assert.Null(ChineseNumbers.Digit('十'));
        Assert.Null(ChineseNumbers.Digit('、'));
    }
}
