namespace Gongkai.Application.Exporting;

/// <summary>What an export wrote, or why it failed.</summary>
public sealed record ExportResult
{
    /// <summary>How many reports the files hold (not counted when the rows went to the caller's stream).</summary>
    public int Reports { get; init; }

    /// <summary>The files written, in order (none when the rows went to the caller's stream).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Why the export could not be written.</summary>
    public UseCaseFailure? Failure { get; init; }
}
