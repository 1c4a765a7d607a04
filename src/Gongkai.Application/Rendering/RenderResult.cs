using Gongkai.Core.Authoring;
using Gongkai.Application.Checking;

namespace Gongkai.Application.Rendering;

/// <summary>What rendering did: what it computed and found, what it wrote, and why it stopped if it did.</summary>
public sealed record RenderResult
{
    /// <summary>Why nothing (or not everything) was written; <see langword="null"/> when every output was written.</summary>
    public UseCaseFailure? Failure { get; init; }

    /// <summary>Where last year's figures came from, when looked up in the store (Chinese, one line); else <see langword="null"/>.</summary>
    public string? PreviousYearNote { get; init; }

    /// <summary>Whether last year's report was known (from the file given or the store).</summary>
    public bool HasPreviousYear { get; init; }

    /// <summary>The blank cells computed, in order.</summary>
    public IReadOnlyList<ComputedCell> Computed { get; init; } = [];

    /// <summary>The completed report and every finding on it; <see langword="null"/> when it could not be had.</summary>
    public CheckedReport? Checked { get; init; }

    /// <summary>The display names of tables 二, 三 and 四 that are missing or entirely blank.</summary>
    public IReadOnlyList<string> BlankTables { get; init; } = [];

    /// <summary>Whether every one of tables 二, 三 and 四 is blank (a skeleton, not a report).</summary>
    public bool AllTablesBlank { get; init; }

    /// <summary>The number of errors in <see cref="Checked"/>.</summary>
    public int Errors { get; init; }

    /// <summary>The files written, in order.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Where tables 三 and 四 were counted from, when from the cases (Chinese), else <see langword="null"/>.</summary>
    public string? CasesNote { get; init; }
}
