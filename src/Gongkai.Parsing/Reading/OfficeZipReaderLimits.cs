namespace Gongkai.Parsing.Reading;

/// <summary>The bounds of a reader of an Office ZIP package (DOCX, XLSX), passed to <see cref="OfficeZipPackage.Open"/>.</summary>
/// <typeparam name="TSelf">The format's limits record.</typeparam>
public abstract record OfficeZipReaderLimits<TSelf> : GridReaderLimits<TSelf>
    where TSelf : OfficeZipReaderLimits<TSelf>, new()
{
    /// <summary>Largest uncompressed size read from one part (document.xml, styles.xml, a worksheet, the shared strings).</summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most entries in the ZIP container.</summary>
    public int MaxEntries { get; init; } = 5_000;
}
