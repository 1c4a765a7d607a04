namespace Gongkai.Application.Drafting;

/// <summary>A draft after starting, reading, checking or saving it, or why not.</summary>
public sealed record DraftResult
{
    /// <summary>The draft, <see langword="null"/> on failure (and on a conflict: the caller reloads it).</summary>
    public DraftView? Draft { get; init; }

    /// <summary>Whether <see cref="StartDraft"/> created it now (rather than finding the unit's draft for the year).</summary>
    public bool Created { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
