using System.Diagnostics.CodeAnalysis;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Application.Checking;

/// <summary>One file read and checked: the parse (report and reading diagnostics, or why it could not be read) and the checker's findings.</summary>
public sealed record CheckedReport
{
    /// <summary>What reading the file gave.</summary>
    public required ParseResult Parsed { get; init; }

    /// <summary>The checker's findings on the report (empty when the file could not be read).</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];

    /// <summary>The file as given.</summary>
    public string File => Parsed.File;

    /// <summary>The report, when the file could be read as one.</summary>
    public AnnualReport? Report => Parsed.Report;

    /// <summary>Why the file could not be read (Chinese, naming the file), or <see langword="null"/>.</summary>
    public string? Failure => Parsed.Failure;

    /// <summary>The technical cause of <see cref="Failure"/>, for <c>--verbose</c>; <see langword="null"/> when there is none.</summary>
    public string? FailureDetail => Parsed.FailureDetail;

    /// <summary>Whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Parsed.Succeeded;

    /// <summary>The reading diagnostics, then the findings.</summary>
    public IEnumerable<Diagnostic> AllDiagnostics => (Report?.ReadingDiagnostics ?? []).Concat(Findings);

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => AllDiagnostics.Any(d => d.Severity == Severity.Error);
}
