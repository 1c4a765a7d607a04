using System.Text;
using System.Text.Unicode;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>Decodes report text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected from the bytes.</summary>
/// <remarks>
/// UTF-8 is tried strictly first: GB18030 bytes are almost never valid UTF-8, while any byte string is "valid" in
/// a lenient decoder. GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
/// </remarks>
public static class TextDecoder
{
    // A handful of damaged bytes in an otherwise UTF-8 file; more means another encoding.
    private const int MaxDamagedBytes = 8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Decodes <paramref name="bytes"/> of the file <paramref name="file"/>.</summary>
    /// <exception cref="UnreadableInputException">The bytes are binary or in no encoding we can read.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], file, "utf-8-bom")
                ?? throw new UnreadableInputException($"{file}：文件标明为 UTF-8 编码，但含有大量无效字节，可能已损坏。");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedText(encoding.GetString(bytes[2..]), bytes[0] == 0xFF ? "utf-16le" : "utf-16be", []);
        }

        if (CountControlBytes(bytes) is var controls && controls > Math.Max(8, bytes.Length / 200))
        {
            throw new UnreadableInputException($"{file}：文件含有大量二进制数据（{controls} 个控制字节），不是文本文件。");
        }

        return DecodeUtf8(bytes, file, "utf-8") ?? DecodeGb18030(bytes, file);
    }

    // Strict UTF-8; a cut last character or a few damaged bytes are tolerated with a warning; null when the
    // bytes are not UTF-8 (many invalid sequences: a legacy encoding).
    private static DecodedText? DecodeUtf8(ReadOnlySpan<byte> bytes, string file, string name)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), name, []);
        }

        if (TruncatedTail(bytes) is > 0 and var tail)
        {
            var note = Diagnostic.Create(DiagnosticCodes.EncodingNote, Severity.Warning,
                $"{file}：文件末尾有不完整的字符（文件可能被截断），已忽略最后 {tail} 个字节。", new SourceRef(file, 0));
            return new DecodedText(StrictUtf8.GetString(bytes[..^tail]), name, [note]);
        }

        var lenient = Encoding.UTF8.GetString(bytes);
        var damaged = lenient.AsSpan().Count('\uFFFD');
        if (damaged > Math.Max(MaxDamagedBytes, bytes.Length / 2000))
        {
            return null;
        }

        var warning = Diagnostic.Create(DiagnosticCodes.EncodingNote, Severity.Warning,
            $"{file}：文件中有 {damaged} 处无效的 UTF-8 字节（文件可能已损坏），已替换为“\uFFFD”。", new SourceRef(file, 0));
        return new DecodedText(lenient, name, [warning]);
    }

    private static DecodedText DecodeGb18030(ReadOnlySpan<byte> bytes, string file)
    {
        string text;
        try
        {
            text = StrictGb18030.Value.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableInputException($"{file}：无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）。", ex);
        }

        if (!LooksLikeChineseText(text))
        {
            throw new UnreadableInputException($"{file}：无法识别文件编码，按 GB18030 解码得到的不是中文文本。");
        }

        var note = Diagnostic.Create(DiagnosticCodes.EncodingNote, Severity.Info, $"{file}：文件不是 UTF-8 编码，已按 GB18030（GBK）解码。", new SourceRef(file, 0));
        return new DecodedText(text, "gb18030", [note]);
    }

    // The number of bytes at the end that start an incomplete UTF-8 sequence (0 when the tail is not that).
    private static int TruncatedTail(ReadOnlySpan<byte> bytes)
    {
        for (var tail = 1; tail <= Math.Min(3, bytes.Length); tail++)
        {
            var lead = bytes[^tail];
            if (lead >= 0xC0)
            {
                var needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
                if (tail < needed && Utf8.IsValid(bytes[..^tail]))
                {
                    return tail;
                }

                return 0;
            }

            if (lead < 0x80)
            {
                return 0;
            }
        }

        return 0;
    }

    private static int CountControlBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x1A))
            {
                count++;
            }
        }

        return count;
    }

    // Decoded GB18030 that is really Chinese text is mostly CJK ideographs, ASCII and CJK punctuation.
    private static bool LooksLikeChineseText(string text)
    {
        int good = 0, total = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            total++;
            // Kangxi radicals, the radicals supplement and compatibility ideographs (four bytes in GB18030) are
            // Chinese text too: pasted from PDFs that print ⾏ for 行 (Recognition/CodePointFolding).
            if (c < 0x7F || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF' ||
                c is >= '\u2E80' and <= '\u2FDF' || c is >= '\uF900' and <= '\uFAFF' || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·')
            {
                good++;
            }
        }

        return total > 0 && good >= total * 0.9;
    }
}
