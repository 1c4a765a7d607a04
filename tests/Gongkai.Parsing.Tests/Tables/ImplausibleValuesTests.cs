using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Tables;
using Gongkai.Parsing.Tests.Support;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tests.Tables;

public sealed class ImplausibleValuesTests
{
    private static Cell Read(string raw, CellKind kind = CellKind.Count)
    {
        var reading = CellValueReader.Read(raw, kind);
        return new Cell { Column = "naturalPerson", Kind = kind, State = reading.State, Value = reading.Value, Raw = raw };
    }

    [Theory]
    [InlineData("l")]
    [InlineData("O")]
    [InlineData("l2")]
    [InlineData("1O5")]
    [InlineData("3S")]
    [InlineData("B0")]
    public void Flags_letters_among_digits(string raw)
    {
        Assert.Equal("数字中夹有形似数字的字母", ImplausibleValues.Reason(Read(raw), 200m));
    }

    [Theory]
    [InlineData("4、")]
    [InlineData("1，2")]
    [InlineData("3。5")]
    public void Flags_an_enumeration_comma_or_a_comma_in_a_number(string raw)
    {
        Assert.Equal("数字中夹有顿号或逗号", ImplausibleValues.Reason(Read(raw), 200m));
    }

    [Fact]
    public void Flags_a_count_with_a_decimal_point_but_not_money()
    {
        Assert.Equal("件数带有小数点", ImplausibleValues.Reason(Read("1.5"), 200m));
        Assert.Null(ImplausibleValues.Reason(Read("1.5", CellKind.Money), null));
    }

    [Fact]
    public void Flags_a_value_far_above_its_rows_total()
    {
        Assert.Equal("远大于本行总计 4", ImplausibleValues.Reason(Read("48"), 4m));
        Assert.Null(ImplausibleValues.Reason(Read("40"), 4m));
        Assert.Null(ImplausibleValues.Reason(Read("48"), null));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("+5")]
    [InlineData("1,234")]
    public void Leaves_plain_figures_alone(string raw)
    {
        Assert.Null(ImplausibleValues.Reason(Read(raw), 5000m));
    }

    [Fact]
    public void A_misread_cell_is_kept_as_printed_and_named_with_GK1016()
    {
        var report = TestText.Report(TestText.Tabs("""
            丹溪县气象局2020年政府信息公开工作年度报告
            一、总体情况
            本局认真贯彻《条例》。
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）→申请人情况
            一、本年新收政府信息公开申请数量→l2→1→0→0→0→0→13
            五、存在的主要问题及改进情况
            政策解读的形式还比较单一。
            """));

        var cell = report.Requests!["newReceived"]!["naturalPerson"]!;
        Assert.Equal(CellState.Unreadable, cell.State);
        Assert.Equal("l2", cell.Raw);
        var flag = Assert.Single(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ImplausibleValue);
        Assert.Contains("“l2”", flag.Message, StringComparison.Ordinal);
        Assert.Contains("自然人", flag.Message, StringComparison.Ordinal);
    }
}
