using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.Tests.Tabular;

public sealed class TabularTextTests
{
    [Theory]
    [InlineData("纯文本", "纯文本")]
    [InlineData("a\u0000b\u0008c\u001Fd", "abcd")]
    [InlineData("tab\tLF\nCR\r", "tab\tLF\nCR\r")]
    [InlineData("\uFFFE\uFFFFx", "x")]
    [InlineData("pair 𠀀", "pair 𠀀")]
    public void Cleans_characters_xml_cannot_hold(string text, string expected)
    {
        Assert.Equal(expected, TabularText.Clean(text));
    }

    [Fact]
    public void Drops_lone_surrogates()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which turns a lone surrogate into U+FFFD.
        Assert.Equal("lonehigh low", TabularText.Clean("lone\uD800high \uDC00low"));
    }

    [Theory]
    [InlineData("Name", 4)]
    [InlineData("机关名称", 8)]
    [InlineData("金额（万元）", 12)]
    [InlineData("2024年", 6)]
    [InlineData("𠀀", 2)]
    public void Counts_wide_characters_twice(string text, int width)
    {
        Assert.Equal(width, TabularText.DisplayWidth(text));
    }
}
