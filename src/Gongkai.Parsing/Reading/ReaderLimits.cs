namespace Gongkai.Parsing.Reading;

/// <summary>Bounds on hostile or accidental huge input: past them a file is refused with a message, never read.</summary>
public sealed record ReaderLimits
{
    /// <summary>The default limits.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest file of any format accepted (bytes). Real reports are under 20 MB even as scanned PDFs.</summary>
    public long MaxFileBytes { get; init; } = 48L * 1024 * 1024;

    /// <summary>Largest text file accepted (bytes). A text report is 5–50 KB.</summary>
    public long MaxTextBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Most lines read from a text file.</summary>
    public int MaxLines { get; init; } = 200_000;

    /// <summary>
    /// Wall-clock budget of one file's parse (reading, recognising, validating): past it the file is reported as
    /// unreadable and a batch moves on. A real report takes well under a second; a legacy Office file gets its
    /// LibreOffice conversion time on top. <see cref="Timeout.InfiniteTimeSpan"/> turns the budget off.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What readers look for to find the report inside a larger document (a portal page).</summary>
    public ReportLandmarks Landmarks { get; init; } = ReportLandmarks.AnnualReport;
}
