using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Letters;

/// <summary>Which letter to generate on which case, for whom.</summary>
public sealed record GenerateLetterOptions
{
    /// <summary>Who is asking: the case must be in the scope, and the scope may write (<see cref="CaseAccess.MayWrite"/>).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The user's name (kept with the stored letter).</summary>
    public required string User { get; init; }

    /// <summary>The case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>Which letter.</summary>
    public required LetterKind Kind { get; init; }

    /// <summary>Values by <see cref="LetterFields"/> name that win over the case's (e.g. 文书编号, 补正事项, 理由).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The letter's date (落款日期); <see langword="null"/> for today.</summary>
    public DateOnly? SignedOn { get; init; }

    /// <summary>Today, for the deadline printed; <see langword="null"/> for today (UTC+8).</summary>
    public DateOnly? Today { get; init; }
}
