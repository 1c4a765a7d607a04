using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;

namespace Gongkai.Parsing.Tests.Reading.Text;

public sealed class TextDecoderTests
{
    private const string Fragment = "梧桐市档案局2020年政府信息公开工作年度报告\n一、总体情况\n全年共受理政府信息公开申请13件。\n";

    [Fact]
    public void Decodes_utf8_without_diagnostics()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Fragment), "a.txt");

        Assert.Equal(Fragment, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Decodes_utf8_with_a_byte_order_mark_and_drops_the_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fragment)];

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Fragment, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.Encoding);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Decodes_gb18030_text_written_with_kangxi_radicals_and_compatibility_ideographs()
    {
        // Pasted from a PDF: ⼀ ⼯ ⾏ ⽂ are Kangxi radicals (four bytes each in GB18030), U+F98E a compatibility 年.
        const string text = "梧桐市⾏政审批局2020\uF98E政府信息公开⼯作\uF98E度报告\n⼀、总体情况\n⾏政许可⽂件⼗⼆件，⾏政处罚⼋件。\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(text), "gbk.txt");

        Assert.Equal((text, "gb18030"), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void Decodes_gb18030_bytes_and_notes_the_legacy_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Fragment);

        var decoded = TextDecoder.Decode(bytes, "gbk.txt");

        Assert.Equal(Fragment, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
        var note = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DiagnosticCodes.EncodingNote, note.Code);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("gbk.txt", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decodes_gbk_full_width_digits_and_punctuation()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string Printed = "行政复议：结果维持１２件，（七）总计“三安全一稳定”。";
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Printed);

        Assert.Equal(Printed, TextDecoder.Decode(bytes, "gbk.txt").Text);
    }

    [Fact]
    public void Decodes_utf16_little_endian_with_a_byte_order_mark()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Fragment)];

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Fragment, decoded.Text);
        Assert.Equal("utf-16le", decoded.Encoding);
    }

    [Fact]
    public void Decodes_utf16_big_endian_with_a_byte_order_mark()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Fragment)];

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Fragment, decoded.Text);
        Assert.Equal("utf-16be", decoded.Encoding);
    }

    [Fact]
    public void Refuses_binary_bytes_naming_the_file()
    {
        var bytes = new byte[600];
        new Random(7).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 3)
        {
            bytes[i] = 0;
        }

        var ex = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode(bytes, "scan-001.bin"));

        Assert.Contains("scan-001.bin", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_text_interleaved_with_nul_bytes_naming_the_file()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("政府信息公开", 20)));
        var bytes = text.SelectMany(b => new[] { b, (byte)0 }).ToArray();

        var ex = Assert.Throws<UnreadableInputException>(() => TextDecoder.Decode(bytes, "报告.txt"));

        Assert.Contains("报告.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tolerates_a_few_control_bytes_in_otherwise_normal_text()
    {
        var bytes = Encoding.UTF8.GetBytes("一、总体情况\u0001\u0002\n全年共受理政府信息公开申请13件。\n");

        var decoded = TextDecoder.Decode(bytes, "a.txt");

        Assert.StartsWith("一、总体情况", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decodes_utf8_cut_inside_a_multibyte_character_with_a_warning(int keptBytesOfLastCharacter)
    {
        // "告" is three bytes in UTF-8; the file ends after one or two of them.
        var whole = Encoding.UTF8.GetBytes(Fragment + "报告");
        var bytes = whole[..^(3 - keptBytesOfLastCharacter)];

        var decoded = TextDecoder.Decode(bytes, "cut.txt");

        Assert.Equal(Fragment + "报", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        var warning = Assert.Single(decoded.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticCodes.EncodingNote, warning.Code);
        Assert.Contains("cut.txt", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decodes_utf8_with_bom_cut_inside_a_multibyte_character_with_a_warning()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Fragment + "报告")[..^1]];

        var decoded = TextDecoder.Decode(bytes, "cut.txt");

        Assert.Equal(Fragment + "报", decoded.Text);
        Assert.Equal("utf-8-bom", decoded.Encoding);
        Assert.Equal(Severity.Warning, Assert.Single(decoded.Diagnostics).Severity);
    }

    [Fact]
    public void Refuses_or_decodes_utf8_with_a_bom_and_a_damaged_byte_inside()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("一、总体情况\n"), 0xFF, .. Encoding.UTF8.GetBytes("二、主动公开政府信息情况\n")];

        var ex = Record.Exception(() => TextDecoder.Decode(bytes, "bom.txt"));

        Assert.True(ex is null or UnreadableInputException, ex?.GetType().Name);
    }

    [Fact]
    public void Decodes_utf8_with_one_damaged_byte_inside_with_a_warning()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Fragment), 0xFF, .. Encoding.UTF8.GetBytes(Fragment)];

        var decoded = TextDecoder.Decode(bytes, "damaged.txt");

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.StartsWith(Fragment, decoded.Text, StringComparison.Ordinal);
        Assert.EndsWith(Fragment, decoded.Text, StringComparison.Ordinal);
        var warning = Assert.Single(decoded.Diagnostics);
        Assert.Equal((DiagnosticCodes.EncodingNote, Severity.Warning), (warning.Code, warning.Severity));
    }
}
