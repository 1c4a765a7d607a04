using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases.Appeals;

/// <summary>The appeal as recorded, or why not.</summary>
public sealed record RecordAppealResult
{
    /// <summary>The appeal; <see langword="null"/> on failure.</summary>
    public CaseAppeal? Appeal { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
