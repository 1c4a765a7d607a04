using System.Text;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Input;

namespace Gongkai.Parsing.Text;

/// <summary>Decodes report text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected from the bytes.</summary>
/// <remarks>
/// UTF-8 is tried strictly first: GB18030 bytes are almost never valid UTF-8, while any byte string is "valid" in
/// a lenient decoder. GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
/// </remarks>
public static class TextDecoder
{
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
            return DecodeUtf8(bytes[3..], file, "utf-8-bom");
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

        try
        {
            return DecodeUtf8(bytes, file, "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return DecodeGb18030(bytes, file);
        }
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string file, string name)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException) when (TruncatedTail(bytes) is > 0 and var tail)
        {
            // A file cut in the middle of a multi-byte character: keep everything before it.
            var text = StrictUtf8.GetString(bytes[..^tail]);
            var note = Diagnostic.Create(DiagnosticCodes.EncodingNote, Severity.Warning,
                $"{file}：文件末尾有不完整的字符（文件可能被截断），已忽略最后 {tail} 个字节。", new SourceRef(file, 0));
            return new DecodedText(text, name, [note]);
        }
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
                if (tail < needed && IsValidUtf8(bytes[..^tail]))
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

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

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
            if (c < 0x7F || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF' || c is '“' or '”' or '‘' or '’' or '—' or '…' or '·')
            {
                good++;
            }
        }

        return total > 0 && good >= total * 0.9;
    }
}
