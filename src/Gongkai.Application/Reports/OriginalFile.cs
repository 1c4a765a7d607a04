namespace Gongkai.Application.Reports;

/// <summary>An original file as it was imported.</summary>
/// <param name="FileName">Its name when imported (without the folder).</param>
/// <param name="Format">The format its reader detected.</param>
/// <param name="Content">Its bytes.</param>
public sealed record OriginalFile(string FileName, string? Format, byte[] Content);
