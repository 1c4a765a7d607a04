namespace Gongkai.Core.Model;

/// <summary>The file a report was read from and how it was read.</summary>
public sealed record ReportInput
{
    /// <summary>The file name as given.</summary>
    public required string File { get; init; }

    /// <summary>The detected layout or format, e.g. <c>docx-text</c>, <c>pdf-text</c>, <c>markdown</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The detected text encoding, e.g. <c>utf-8</c> or <c>gb18030</c>; <see langword="null"/> for binary formats.</summary>
    public string? Encoding { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public string? Sha256 { get; init; }
}
