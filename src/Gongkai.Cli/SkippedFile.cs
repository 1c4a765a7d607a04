namespace Gongkai.Cli;

/// <summary>A file or folder a directory argument held that was not read, and why.</summary>
internal sealed record SkippedFile(string Path, SkipReason Reason);
