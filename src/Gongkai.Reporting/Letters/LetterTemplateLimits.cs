namespace Gongkai.Reporting.Letters;

/// <summary>
/// The bounds an uploaded letter template must fit before it is opened: templates come from untrusted uploads, so a
/// ZIP bomb, a package of thousands of parts or XML nested without end is refused, never read.
/// </summary>
/// <remarks>
/// A letter is one or two pages; the bounds are generous for that and far below what the report readers accept
/// (Parsing's <c>OfficeZipReaderLimits</c>: 5,000 entries, 64 MB a part), which Reporting does not reference.
/// </remarks>
internal static class LetterTemplateLimits
{
    /// <summary>Largest template file: 10 MB (a letter with a scanned seal or letterhead image fits easily).</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Most entries in the ZIP container.</summary>
    public const int MaxParts = 500;

    /// <summary>Largest inflated part, whatever its header claims.</summary>
    public const long MaxPartBytes = 16L * 1024 * 1024;

    /// <summary>Largest inflated package, all parts together.</summary>
    public const long MaxTotalBytes = 48L * 1024 * 1024;

    /// <summary>Deepest XML nesting of a part; Word writes about a dozen levels, tables in tables a few more.</summary>
    public const int MaxXmlDepth = 128;

    /// <summary>The bounds in megabytes, as messages print them.</summary>
    public static string Megabytes(long bytes) => (bytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
