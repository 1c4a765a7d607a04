using Gongkai.Core.Model;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tests.Values;

public sealed class CellValueReaderTests
{
    [Theory]
    [InlineData("0", CellKind.Count, "0")]
    [InlineData("44138", CellKind.Count, "44138")]
    [InlineData("1,234", CellKind.Count, "1234")]
    [InlineData("１２", CellKind.Count, "12")]
    [InlineData(" 7 ", CellKind.Count, "7")]
    [InlineData("3件", CellKind.Count, "3")]
    [InlineData("+229", CellKind.Change, "229")]
    [InlineData("-21", CellKind.Change, "-21")]
    [InlineData("增 55", CellKind.Change, "55")]
    [InlineData("增55", CellKind.Change, "55")]
    [InlineData("减13", CellKind.Change, "-13")]
    [InlineData("减少 2", CellKind.Change, "-2")]
    [InlineData("增加3", CellKind.Change, "3")]
    [InlineData("－5", CellKind.Change, "-5")]
    [InlineData("4195.8936万元", CellKind.Money, "4195.8936")]
    [InlineData("2.14亿元", CellKind.Money, "21400")]
    [InlineData("107.20", CellKind.Money, "107.20")]
    [InlineData("12000元", CellKind.Money, "1.2")]
    [InlineData("0.5", CellKind.Count, "0.5")]
    public void Reads_printed_numbers_as_printed(string text, CellKind kind, string expected)
    {
        var reading = CellValueReader.Read(text, kind);

        Assert.Equal(CellState.Number, reading.State);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("无")]
    public void Reads_blank_markers_as_blank_not_zero(string text)
    {
        var reading = CellValueReader.Read(text, CellKind.Count);

        Assert.Equal(CellState.Blank, reading.State);
        Assert.Null(reading.Value);
    }

    [Theory]
    [InlineData("见附件")]
    [InlineData("100余")]
    [InlineData("约50")]
    public void Reports_text_that_is_not_a_number_as_unreadable(string text)
    {
        Assert.Equal(CellState.Unreadable, CellValueReader.Read(text, CellKind.Count).State);
    }

    [Fact]
    public void Reads_unchanged_in_words_as_zero_with_a_note()
    {
        var reading = CellValueReader.Read("持平", CellKind.Change);

        Assert.Equal(0m, reading.Value);
        Assert.NotNull(reading.Note);
    }

    [Fact]
    public void Converts_a_header_unit_of_yuan_to_wan_yuan()
    {
        Assert.Equal(1.5m, CellValueReader.Read("15000", CellKind.Money, 0.0001m).Value);
    }

    [Theory]
    [InlineData("3批", "3")]
    [InlineData("5项", "5")]
    [InlineData("12件", "12")]
    [InlineData("2条", "2")]
    [InlineData("1个", "1")]
    public void Reads_a_count_with_its_measure_word_as_the_count(string text, string expected)
    {
        var reading = CellValueReader.Read(text, CellKind.Count);

        Assert.Equal(CellState.Number, reading.State);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("5项")]
    [InlineData("3批")]
    [InlineData("12件")]
    public void Reports_a_measure_word_in_a_money_column_as_unreadable(string text)
    {
        Assert.Equal(CellState.Unreadable, CellValueReader.Read(text, CellKind.Money).State);
    }

    [Theory]
    [InlineData("1200元", 1, "0.12")]
    [InlineData("1,200.00元", 1, "0.12")]
    [InlineData("1200元", 0.0001, "0.12")]
    [InlineData("0.12万元", 0.0001, "0.12")]
    [InlineData("2488（元）", 1, "0.2488")]
    [InlineData("3.5(万元)", 0.0001, "3.5")]
    public void Converts_an_amount_with_its_unit_in_the_cell_whatever_the_header_says(string text, double headerUnit, string expected)
    {
        var reading = CellValueReader.Read(text, CellKind.Money, (decimal)headerUnit);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Fact]
    public void Says_when_an_amount_in_yuan_was_converted()
    {
        var reading = CellValueReader.Read("1,200.00元", CellKind.Money);

        Assert.Contains("换算为 0.12 万元", reading.Note, StringComparison.Ordinal);
    }
}
