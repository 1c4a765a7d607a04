namespace Gongkai.Parsing.Reading;

/// <summary>One file taken out of an archive, or why it was not.</summary>
/// <param name="Name">Its path inside the archive after the archive's own name (<c>报告.zip/2023/住建局.pdf</c>), for display only.</param>
/// <param name="Content">Its inflated bytes, or <see langword="null"/> when it was refused.</param>
/// <param name="Refusal">Why it was refused (Chinese, naming it), or <see langword="null"/>.</param>
public sealed record ArchiveEntry(string Name, byte[]? Content, string? Refusal);
