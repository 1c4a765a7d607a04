namespace Gongkai.Parsing.Reading;

/// <summary>
/// The bounds of expanding a ZIP archive of reports (<see cref="ReportArchive"/>): what its headers claim is never
/// trusted, so each bound is applied while inflating.
/// </summary>
public sealed record ReportArchiveLimits
{
    /// <summary>Most files taken from one archive, nested archives' files included.</summary>
    public int MaxEntries { get; init; } = 500;

    /// <summary>Largest inflated size of one file of the archive (an uploaded file's own limit is the natural value).</summary>
    public long MaxEntryBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest inflated size of all the archive's files together (zip bombs made of many entries).</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>How deep archives may nest: 2 lets an archive hold archives, but not archives of archives of archives.</summary>
    public int MaxDepth { get; init; } = 2;
}
