using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Model;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tests.Values;

/// <summary>
/// The quick tests of a cell (blank? a figure?) stop early on labels; they must answer as reading the whole cell
/// does (issue #16 made them stop at the first character that settles it).
/// </summary>
public sealed class CellValueReaderShortcutTests
{
    // Figures, signs, units, counters, blank markers, textual zeros, full-width forms, CJK and other spaces, labels.
    private const string Alphabet = "0123456789１２.,，+-＋－−—–/／\\无暂空增减加少新净持平不变化零〇件项万元亿()（）总计其他 \u3000\u00A0\t\u2002";

    private static readonly Gen<string> Cells = Gen.Choose(0, 10).SelectMany(length => Gen.Elements(Alphabet.ToCharArray()).ArrayOf(length)).Select(chars => new string(chars));

    [Fact]
    public void Tells_a_blank_cell_as_reading_it_would()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Cells.ToArbitrary(), text =>
        {
            var blank = text.Length == 0 || !char.IsAsciiDigit(text[0]);
            Assert.Equal(blank && CellValueReader.Read(text, CellKind.Count).State == CellState.Blank, CellValueReader.IsBlank(text));
        }));
    }

    [Fact]
    public void Tells_a_figure_as_reading_it_would()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Cells.ToArbitrary(), text =>
            Assert.Equal(CellValueReader.Read(text, CellKind.Change).State == CellState.Number, CellValueReader.IsValueLike(text))));
    }

    [Theory]
    [InlineData("暂 无", true)]
    [InlineData(" —— ", true)]
    [InlineData("－－", true)]
    [InlineData("总计", false)]
    [InlineData("其他 机关", false)]
    public void Tells_blank_markers_spaced_out_or_folded(string text, bool blank)
    {
        Assert.Equal(blank, CellValueReader.IsBlank(text));
    }

    [Theory]
    [InlineData("，12", true)]
    [InlineData("无 变化", true)]
    [InlineData("　增 5", true)]
    [InlineData("（一）", false)]
    [InlineData("总计", false)]
    public void Tells_figures_after_separators_and_spaces(string text, bool value)
    {
        Assert.Equal(value, CellValueReader.IsValueLike(text));
    }
}
