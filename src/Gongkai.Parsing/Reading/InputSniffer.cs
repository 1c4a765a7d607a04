namespace Gongkai.Parsing.Reading;

/// <summary>Recognises a file's kind from its first bytes.</summary>
public static class InputSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 4096;

    /// <summary>The kind of a file whose content starts with <paramref name="head"/>.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty || (head.Length < HeadLength && IsAllWhitespace(head)))
        {
            return InputKind.Empty;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return InputKind.Pdf;
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return InputKind.Zip;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return InputKind.OleCompound;
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return InputKind.Rtf;
        }

        if (IsImage(head))
        {
            return InputKind.Image;
        }

        if (head.Length > 4 && head.IndexOf("%PDF-"u8) is > 0 and < 1024)
        {
            return InputKind.Pdf; // PDFs with junk before the header still open in viewers.
        }

        return LooksLikeHtml(head) || HtmlFragmentSniffer.IsFragment(head) ? InputKind.Html : InputKind.Text;
    }

    private static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ||
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ||
        head.StartsWith("GIF8"u8) ||
        head.StartsWith("BM"u8) && head.Length > 14 && head[6] == 0 && head[7] == 0 ||
        head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ||
        head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8);

    // Markup in the first bytes: a doctype or an <html>, <head>, <body>, <meta>, <div> or <table> tag. A fragment
    // (an article's body from a CMS, with text or a tab before its first <p>) is recognised by HtmlFragmentSniffer.
    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.ASCII.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '?');
        string[] openers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<table", "<!--"];
        foreach (var opener in openers)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return opener != "<!--" || text.Contains("<html", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static bool IsAllWhitespace(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return false;
            }
        }

        return true;
    }
}
