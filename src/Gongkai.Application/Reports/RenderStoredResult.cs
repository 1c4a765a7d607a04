namespace Gongkai.Application.Reports;

/// <summary>A stored report rendered as a file, or why not.</summary>
public sealed record RenderStoredResult
{
    /// <summary>The file's bytes, <see langword="null"/> on failure.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The file's name (the report's title, as <c>gongkai render</c> names it).</summary>
    public string? FileName { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
