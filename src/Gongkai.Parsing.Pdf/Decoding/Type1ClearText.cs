using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Gongkai.Parsing.Pdf.Decoding;

/// <summary>
/// The clear-text part of an embedded Type 1 font program (FontFile, ISO 32000-1, 9.9: its first <c>/Length1</c>
/// bytes, ending with <c>currentfile eexec</c>), inflated without the encrypted part that follows.
/// </summary>
/// <remarks>
/// PdfPig reads a Type 1 program's encoding and font matrix from the clear text, and its glyph outlines (charstrings)
/// from the encrypted part; with that part empty it reads the font without outlines. LibreOffice embeds CJK text in
/// such fonts, and decrypting and running their charstrings, only to get each glyph's ink box, was the largest part of
/// reading its PDFs (issue #16). Anything that is not exactly that shape (no direct <c>/Length1</c>, a PFB header, no
/// <c>eexec</c> where the clear text ends, damaged data) gives no clear text, and the program is decoded whole.
/// </remarks>
internal static class Type1ClearText
{
    /// <summary>
    /// Past this the program is decoded whole: a clear text, even with a full 256-name encoding, is a few kilobytes,
    /// and the buffer is allocated before the data shows how long it really is.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly NameToken Length1 = NameToken.Create("Length1");
    private static readonly NameToken DecodeParms = NameToken.Create("DecodeParms");
    private static readonly byte[] Eexec = Encoding.ASCII.GetBytes("eexec");

    /// <summary>The clear text of the program stored as the zlib data <paramref name="encoded"/>, or null when it cannot be told apart.</summary>
    public static byte[]? Read(ReadOnlyMemory<byte> encoded, DictionaryToken streamDictionary)
    {
        if (!streamDictionary.TryGet(Length1, out var token) || token is not NumericToken { Int: > 0 and <= MaxBytes } length || encoded.Length < 2 || !FlateAlone(streamDictionary))
        {
            return null;
        }

        var clearText = new byte[length.Int];
        try
        {
            // As PdfPig's FlateDecode reads zlib data: its two header bytes skipped, then raw deflate.
            using var deflate = new DeflateStream(new MemoryStream(encoded[2..].ToArray(), writable: false), CompressionMode.Decompress);
            if (deflate.ReadAtLeast(clearText, clearText.Length, throwOnEndOfStream: false) < clearText.Length)
            {
                return null;
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }

        // One line break after eexec: PdfPig takes what follows it as the encrypted part, and fewer than its four
        // random bytes decrypt to nothing, where more white space would decrypt to garbage.
        return EexecEnd(clearText) is { } end ? [.. clearText.AsSpan(0, end), (byte)'\n'] : null;
    }

    // FlateDecode the stream's only filter, without parameters (a predictor): the inflated data is the program.
    private static bool FlateAlone(DictionaryToken streamDictionary)
    {
        var filter = streamDictionary.TryGet(NameToken.Filter, out var token) && token is ArrayToken { Length: 1 } array ? array.Data[0] : token;
        return filter is NameToken { Data: "FlateDecode" or "Fl" } && !streamDictionary.ContainsKey(DecodeParms);
    }

    // Where the eexec operator ends, when it ends the clear text: "%!" first (a PFB header, 0x80, is not clear
    // text), eexec a token of its own, only white space after it.
    private static int? EexecEnd(ReadOnlySpan<byte> text)
    {
        var end = text.Length;
        while (end > 0 && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end - Eexec.Length;
        return text.StartsWith("%!"u8) && start > 0 && IsWhiteSpace(text[start - 1]) && text[start..end].SequenceEqual(Eexec) ? end : null;
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;
}
