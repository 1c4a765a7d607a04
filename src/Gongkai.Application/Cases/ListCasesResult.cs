namespace Gongkai.Application.Cases;

/// <summary>A page of cases, or why not.</summary>
public sealed record ListCasesResult
{
    /// <summary>The page's rows, the earliest deadline first.</summary>
    public IReadOnlyList<CaseListRow> Rows { get; init; } = [];

    /// <summary>Whether there are more after this page.</summary>
    public bool HasMore { get; init; }

    /// <summary>Why not, or <see langword="null"/>.</summary>
    public UseCaseFailure? Failure { get; init; }
}
