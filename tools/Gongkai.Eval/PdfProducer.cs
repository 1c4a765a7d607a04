using UglyToad.PdfPig;

namespace Gongkai.Eval;

/// <summary>A PDF's own <c>/Producer</c> (or <c>/Creator</c> when that is empty) from its document information, for grouping the evaluation by the program that wrote it.</summary>
internal static class PdfProducer
{
    /// <summary>What the summary shows for a PDF without a readable producer.</summary>
    public const string Unknown = "（未注明）";

    /// <summary>The producer of <paramref name="file"/> when it is a PDF (<see cref="Unknown"/> when it names none), or null for another format.</summary>
    /// <remarks>Opening reads the cross-reference table and the trailer only; no page is decoded.</remarks>
    public static string? Of(string file)
    {
        if (!string.Equals(Path.GetExtension(file), ".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            using var document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            // A PDF with an empty /Producer often names its maker in /Creator (WPS writes "WPS 文字" there).
            var producer = document.Information.Producer?.Trim() is { Length: > 0 } named ? named : document.Information.Creator?.Trim();
            return string.IsNullOrEmpty(producer) ? Unknown : string.Join(' ', producer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A PDF the library cannot open has no producer to show; the evaluation itself reports why it is unreadable.
            return Unknown;
        }
    }
}
