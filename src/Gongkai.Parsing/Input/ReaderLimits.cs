namespace Gongkai.Parsing.Input;

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
}
