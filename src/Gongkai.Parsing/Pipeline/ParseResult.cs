using System.Diagnostics.CodeAnalysis;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Pipeline;

/// <summary>
/// The outcome of parsing one file: a report with its reading diagnostics (<see cref="AnnualReport.ReadingDiagnostics"/>), or
/// why the file could not be read. Checking it against the rules is a separate step (<c>Core/Rules/ReportChecker</c>).
/// </summary>
public sealed record ParseResult
{
    /// <summary>The file as given.</summary>
    public required string File { get; init; }

    /// <summary>The report, when the file could be read as one.</summary>
    public AnnualReport? Report { get; init; }

    /// <summary>Why the file could not be read (Chinese, naming the file), or <see langword="null"/>.</summary>
    public string? Failure { get; init; }

    /// <summary>
    /// The technical cause of <see cref="Failure"/> — the library exception's type and (usually English) message — for
    /// a <c>--verbose</c> display; <see langword="null"/> when there is none.
    /// </summary>
    public string? FailureDetail { get; init; }

    /// <summary>Whether a report was read.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Report is not null;
}
