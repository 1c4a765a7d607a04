using System.Globalization;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Recognition;

public sealed class CodePointFoldingTests
{
    [Theory]
    [InlineData("⾏政许可", "行政许可")]
    [InlineData("政府信息公开⼯作年度报告", "政府信息公开工作年度报告")]
    [InlineData("⼀、总体情况", "一、总体情况")]
    [InlineData("⽅案", "方案")]
    [InlineData("市⻓信箱", "市长信箱")]
    [InlineData("⻔户⽹站", "门户网站")]
    [InlineData("⻋辆、⻛险、⻜机、⻢路、意⻅", "车辆、风险、飞机、马路、意见")]
    [InlineData("\uF98E度", "年度")] // U+F98E, a compatibility ideograph of 年
    [InlineData("\U0002F800", "丽")] // U+2F800, compatibility ideographs supplement
    [InlineData("２０２３年", "2023年")]
    [InlineData("ＡＢＣｘｙｚ", "ABCxyz")]
    public void Folds_look_alikes_to_the_characters_they_look_like(string printed, string expected)
    {
        Assert.Equal(expected, CodePointFolding.Fold(printed));
    }

    [Theory]
    [InlineData("（一）予以公开，共十二件：")] // full-width punctuation is Chinese typography, kept (LabelText folds it for labels)
    [InlineData("①㈠…㎡²")] // what NFKC would also rewrite, printed on purpose
    [InlineData("\uFA0E")] // 﨎: one of the twelve unified ideographs in the compatibility block, a character in its own right
    [InlineData("⺀")] // U+2E80 CJK RADICAL REPEAT: no equivalent ideograph
    [InlineData("\U00020000字")] // an Extension B ideograph: a surrogate pair that is no look-alike
    [InlineData("\uD800孤")] // a lone surrogate
    public void Keeps_what_is_no_look_alike(string text)
    {
        Assert.Equal(text, CodePointFolding.Fold(text));
    }

    [Theory]
    [InlineData("青禾市自然资源和规划局2021年政府信息公开工作年度报告")]
    [InlineData("（一）予以公开，共十二件：")]
    [InlineData("\uE001\U000F0001")] // private use: counted, never changed
    [InlineData("")]
    public void Returns_the_same_instance_when_nothing_changes(string text)
    {
        Assert.Same(text, CodePointFolding.Fold(text, new FoldingTally()));
    }

    [Fact]
    public void Folds_every_kangxi_radical_to_a_unified_ideograph()
    {
        for (var radical = 0x2F00; radical <= 0x2FD5; radical++)
        {
            var folded = CodePointFolding.Fold(char.ConvertFromUtf32(radical));

            Assert.True(IsUnifiedIdeograph(char.ConvertToUtf32(folded, 0)) && folded.Length == 1, $"U+{radical:X4} → {folded}");
        }
    }

    [Fact]
    public void Maps_every_supplement_radical_with_an_equivalent_to_a_unified_ideograph()
    {
        var mapped = 0;
        for (var radical = RadicalsSupplement.First; radical <= RadicalsSupplement.Last; radical++)
        {
            var ideograph = RadicalsSupplement.IdeographOf(radical);
            if (ideograph == 0)
            {
                continue;
            }

            mapped++;
            Assert.True(IsUnifiedIdeograph(ideograph), $"U+{radical:X4} → U+{ideograph:X4}");
            Assert.Equal(char.ConvertFromUtf32(ideograph), CodePointFolding.Fold(char.ConvertFromUtf32(radical)));
        }

        // EquivalentUnifiedIdeograph.txt maps 114 of the block's 115 assigned code points (not U+2E80).
        Assert.Equal(114, mapped);
        Assert.Equal(0, RadicalsSupplement.IdeographOf(0x2E80));
        Assert.Equal(0, RadicalsSupplement.IdeographOf(0x2E9A)); // unassigned
    }

    [Fact]
    public void Folds_the_supplement_radicals_that_have_a_decomposition_as_nfkc_does()
    {
        Assert.Equal("⺟⻳".Normalize(System.Text.NormalizationForm.FormKC), CodePointFolding.Fold("⺟⻳"));
    }

    [Fact]
    public void Counts_radicals_compatibility_ideographs_and_private_use_with_the_first_example()
    {
        var tally = new FoldingTally();
        var where = new SourceRef("报告.pdf", 3, Page: 1);

        var folded = CodePointFolding.Fold("⾏政\uF98E度\uE001⻓\U000F0002２０", tally, where);

        Assert.Equal("行政年度\uE001长\U000F000220", folded);
        Assert.Equal((2, 1, 2), (tally.Radicals, tally.CompatibilityIdeographs, tally.PrivateUse));
        Assert.Equal(("⾏", "行"), tally.Example);
        Assert.Equal(0xE001, tally.PrivateUseExample);
    }

    [Fact]
    public void Reports_the_counts_as_one_info_note_naming_an_example()
    {
        var tally = new FoldingTally();
        var where = new SourceRef("报告.pdf", 7, Page: 2);
        CodePointFolding.Fold("⾏政许可", tally, where);
        CodePointFolding.Fold("\uE123⼯作", tally, where with { Line = 8 });

        var note = tally.ToDiagnostic();

        Assert.NotNull(note);
        Assert.Equal((DiagnosticCodes.LookAlikeCodePoints, Severity.Info), (note.Code, note.Severity));
        Assert.Equal("文中有 2 个字符使用了康熙部首或兼容汉字码位（如「⾏」→「行」），已按标准汉字识别；另有 1 个私用区字符（如 U+E123）无法识别，按原样保留。", note.Message);
        Assert.Equal(where, note.Source);
    }

    [Fact]
    public void Reports_private_use_alone_when_nothing_was_folded()
    {
        var tally = new FoldingTally();
        CodePointFolding.Fold("\uE000\uE001", tally);

        Assert.StartsWith("文中有 2 个私用区字符（如 U+E000）无法识别", tally.ToDiagnostic()!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_nothing_for_full_width_digits_alone()
    {
        var tally = new FoldingTally();
        CodePointFolding.Fold("２０２３年", tally);

        Assert.Null(tally.ToDiagnostic());
    }

    // CJK Unified Ideographs, Extension A, Extensions B and after (the Equivalent_Unified_Ideograph targets).
    private static bool IsUnifiedIdeograph(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x3134F &&
        CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherLetter;
}
