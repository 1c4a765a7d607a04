using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Tables;

/// <summary>Tables 三 and 四 from the cases against the unit's stored report of the year, or why not.</summary>
public sealed record CaseTablesComparison
{
    /// <summary>The tables from the cases (their <see cref="CaseTablesView.Failure"/> is this result's).</summary>
    public required CaseTablesView Tables { get; init; }

    /// <summary>The stored report compared with, or <see langword="null"/> when the store has none for the unit and year.</summary>
    public StoredReport? Report { get; init; }

    /// <summary>
    /// Every cell that differs, in template order, naming the cases behind the computed count (each finding's
    /// <see cref="CaseTableFinding.CaseIds"/> holds at most <see cref="CaseTableComparison.NumbersListed"/> of them).
    /// </summary>
    public IReadOnlyList<CaseTableFinding> Findings { get; init; } = [];

    /// <summary>The registry number of every case id in <see cref="Findings"/>.</summary>
    public IReadOnlyDictionary<string, string> Numbers { get; init; } = new Dictionary<string, string>();

    /// <summary>Why there is nothing to compare with (Chinese), or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure => Tables.Failure;
}
