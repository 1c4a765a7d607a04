using Gongkai.Core.Model;

namespace Gongkai.Core.Diagnostics;

/// <summary>A problem found in a report while reading or checking it.</summary>
/// <remarks>Problems in a report are values, never exceptions (docs/architecture.md, "Errors").</remarks>
public sealed record Diagnostic
{
    /// <summary>The stable code, one of <see cref="DiagnosticCodes"/>.</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message for users, in Chinese.</summary>
    public required string Message { get; init; }

    /// <summary>The table cells involved, if any.</summary>
    public IReadOnlyList<CellRef> Cells { get; init; } = [];

    /// <summary>Where in the source file, when known.</summary>
    public SourceRef Source { get; init; }

    /// <summary>Creates a diagnostic.</summary>
    public static Diagnostic Create(string code, Severity severity, string message, SourceRef source = default, params IReadOnlyList<CellRef> cells) =>
        new() { Code = code, Severity = severity, Message = message, Source = source, Cells = cells };
}
