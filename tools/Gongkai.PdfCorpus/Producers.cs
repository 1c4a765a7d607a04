namespace Gongkai.PdfCorpus;

/// <summary>
/// The PDF producers available on a Debian machine. Word, WPS, Foxit and Adobe are not: their PDFs are not in the
/// generated corpus (docs/pdf-corpus.md).
/// </summary>
public static class Producers
{
    /// <summary>Chromium's print to PDF without the print header and footer.</summary>
    public const string Chromium = "chromium";

    /// <summary>Chromium's print to PDF with the print header (date, title) and footer (URL, page x/y), the dialog's default.</summary>
    public const string ChromiumHeaderFooter = "chromium-hf";

    /// <summary>LibreOffice Writer exporting a Word file (DOCX) to PDF.</summary>
    public const string LibreOfficeWriter = "lo-writer";

    /// <summary>LibreOffice Writer/Web exporting an HTML page to PDF.</summary>
    public const string LibreOfficeWriterWeb = "lo-writer-web";

    /// <summary>Every producer, in the corpus's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Chromium, ChromiumHeaderFooter, LibreOfficeWriter, LibreOfficeWriterWeb];

    /// <summary>Whether <paramref name="producer"/> prints a Word file rather than an HTML page.</summary>
    public static bool PrintsDocx(string producer) => producer == LibreOfficeWriter;
}
