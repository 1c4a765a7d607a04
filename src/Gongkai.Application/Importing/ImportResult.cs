
namespace Gongkai.Application.Importing;

/// <summary>What an import did, or why the store itself failed.</summary>
public sealed record ImportResult
{
    /// <summary>Every file stored, skipped or failed; <see langword="null"/> when the store failed.</summary>
    public ImportSummary? Summary { get; init; }

    /// <summary>Why the store failed (a file that cannot be stored is among <see cref="ImportSummary.Failures"/> instead).</summary>
    public UseCaseFailure? Failure { get; init; }
}
