namespace Gongkai.Application.Cases.Profiles;

/// <summary>A unit's case profile after reading or editing it, or why not.</summary>
public sealed record CaseProfileResult
{
    /// <summary>The profile; <see langword="null"/> on failure.</summary>
    public CaseProfileView? Profile { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
