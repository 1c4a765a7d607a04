namespace Gongkai.Application.Exporting;

/// <summary>What to export, and where (the options of <c>gongkai export</c>).</summary>
public sealed record ExportOptions
{
    /// <summary>The value of <see cref="Target"/> that asks for the rows instead of a file (long and jsonl only).</summary>
    public const string ToCaller = "-";

    /// <summary>Whether the export goes to the caller's stream (<see cref="ToCaller"/> with long or jsonl) instead of files.</summary>
    public bool GoesToCaller => Target == ToCaller && Format is ExportFormat.Long or ExportFormat.Jsonl;

    /// <summary>The shape.</summary>
    public required ExportFormat Format { get; init; }

    /// <summary>The output file (a folder for <see cref="ExportFormat.Wide"/>), or <see cref="ToCaller"/> for long and jsonl.</summary>
    public required string Target { get; init; }

    /// <summary>A registry region path or one of its names.</summary>
    public string? Region { get; init; }

    /// <summary>The year, or the first year with <see cref="ToYear"/>.</summary>
    public int? FromYear { get; init; }

    /// <summary>The last year; <see cref="FromYear"/> when not given.</summary>
    public int? ToYear { get; init; }

    /// <summary>A unit code or name.</summary>
    public string? Agency { get; init; }
}
