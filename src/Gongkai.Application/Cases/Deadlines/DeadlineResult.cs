using Gongkai.Core.Cases.Clock;

namespace Gongkai.Application.Cases.Deadlines;

/// <summary>The answer deadline with its explanation, or why it could not be computed.</summary>
public sealed record DeadlineResult
{
    /// <summary>The deadline and the days behind it; <see langword="null"/> when <see cref="Failure"/> is set.</summary>
    public DeadlineExplanation? Explanation { get; init; }

    /// <summary>Why nothing was computed (a bad calendar file, dates or extension); <see langword="null"/> on success.</summary>
    public UseCaseFailure? Failure { get; init; }
}
