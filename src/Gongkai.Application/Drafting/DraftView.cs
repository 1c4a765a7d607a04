using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store.Drafts;

namespace Gongkai.Application.Drafting;

/// <summary>A draft as the form shows it: the report, last year's for reference, the findings, and which cells are totals.</summary>
public sealed record DraftView
{
    /// <summary>The draft's row (unit, year, revision, who and when).</summary>
    public required StoredDraft Stored { get; init; }

    /// <summary>The report being written, totals computed.</summary>
    public required AnnualReport Report { get; init; }

    /// <summary>The unit's report of the year before from the store (its values are shown beside each input), or <see langword="null"/>.</summary>
    public AnnualReport? PreviousYear { get; init; }

    /// <summary>Every finding of <see cref="Gongkai.Core.Rules.ReportChecker"/> on <see cref="Report"/> (with the cross-year rules when last year's report is known).</summary>
    public IReadOnlyList<Diagnostic> Findings { get; init; } = [];

    /// <summary>The cells the edition defines as sums of others (Core's catalogue), in the order they are computed.</summary>
    public IReadOnlyList<TotalDefinition> Totals { get; init; } = [];

    /// <summary>The problems of the input itself (a text that is not a number), Chinese; such cells are kept blank.</summary>
    public IReadOnlyList<string> InputProblems { get; init; } = [];
}
