using Gongkai.Reporting.Tabular;

namespace Gongkai.Application.Exporting;

/// <summary>What an export wrote, or the rows for the caller to write, or why it failed.</summary>
public sealed record ExportResult
{
    /// <summary>How many reports the export holds.</summary>
    public int Reports { get; init; }

    /// <summary>The files written, in order (none when the rows go to the caller).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>
    /// The long sheet, when <see cref="ExportOptions.Target"/> is <see cref="ExportOptions.ToCaller"/> for the long
    /// format: its rows stream from the store, so enumerate it once while the store is open.
    /// </summary>
    public TabularSheet? Sheet { get; init; }

    /// <summary>The JSON lines, when <see cref="ExportOptions.Target"/> is <see cref="ExportOptions.ToCaller"/> for jsonl (streamed like <see cref="Sheet"/>).</summary>
    public IEnumerable<string>? JsonLines { get; init; }

    /// <summary>Why the export could not be written.</summary>
    public UseCaseFailure? Failure { get; init; }
}
