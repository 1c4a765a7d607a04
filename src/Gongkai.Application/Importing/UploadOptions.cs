using Gongkai.Parsing.Reading;
using Gongkai.Store;

namespace Gongkai.Application.Importing;

/// <summary>Files to import from an upload, and the limits they must keep.</summary>
public sealed record UploadOptions
{
    /// <summary>The files received.</summary>
    public required IReadOnlyList<UploadedFile> Files { get; init; }

    /// <summary>The uploader's scope: a report that matches no unit is offered only the candidate units inside it.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>
    /// The bounds of expanding an uploaded ZIP archive; its <see cref="ReportArchiveLimits.MaxEntryBytes"/> is replaced
    /// by <see cref="MaxFileBytes"/>, so that a file inside an archive is held to the same bound as one sent alone.
    /// </summary>
    public ReportArchiveLimits ArchiveLimits { get; init; } = new();

    /// <summary>The most files one upload may carry (the files inside an archive are bounded by <see cref="ArchiveLimits"/>).</summary>
    public int MaxFiles { get; init; } = DefaultMaxFiles;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The read time budget per file; the readers' default when <see langword="null"/>.</summary>
    public TimeSpan? ReadTimeout { get; init; }

    /// <summary>50 files an upload.</summary>
    public const int DefaultMaxFiles = 50;

    /// <summary>20 MB a file (the largest real reports are PDFs of a few MB).</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;
}
