using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.Tests.Tabular;

public sealed class SheetNamesTests
{
    [Theory]
    [InlineData("问题清单", "问题清单")]
    [InlineData("a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h")]
    [InlineData("'引号'", "引号")]
    [InlineData("  ", "Sheet1")]
    [InlineData("", "Sheet1")]
    [InlineData("history", "history (2)")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void Makes_a_name_excel_accepts(string requested, string expected)
    {
        Assert.Equal(expected, new SheetNames().Claim(requested));
    }

    [Fact]
    public void Numbers_repeated_names_ignoring_case_within_31_characters()
    {
        var names = new SheetNames();
        var longName = new string('表', 31);

        Assert.Equal(["Data", "DATA (2)", "data (3)", longName, new string('表', 27) + " (2)"],
            new[] { "Data", "DATA", "data", longName, longName }.Select(names.Claim));
    }

    [Fact]
    public void Does_not_split_a_surrogate_pair_when_cutting()
    {
        var name = new SheetNames().Claim(new string('a', 30) + "𠀀");

        Assert.Equal(new string('a', 30), name);
    }

    [Fact]
    public void Quotes_a_name_for_a_reference()
    {
        Assert.Equal("'O''Brien 表'", SheetNames.Quote("O'Brien 表"));
    }
}
