namespace Gongkai.Application.Versions;

/// <summary>A file that gave a version.</summary>
/// <param name="Path">The file's path as imported.</param>
/// <param name="Format">What it was read as (<c>docx-text</c>, <c>pdf</c> …).</param>
/// <param name="ImportedAt">When this file was imported (UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</param>
public sealed record VersionSource(string Path, string? Format, string? ImportedAt);
