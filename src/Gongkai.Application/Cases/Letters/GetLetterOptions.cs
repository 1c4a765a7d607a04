using Gongkai.Store;

namespace Gongkai.Application.Cases.Letters;

/// <summary>One stored letter of a case, for whom.</summary>
public sealed record GetLetterOptions
{
    /// <summary>Who is asking: the case must be in the scope (reading needs no write right).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The case's id.</summary>
    public required string CaseId { get; init; }

    /// <summary>The letter's id (<see cref="Store.Cases.StoredCaseLetter.Id"/>).</summary>
    public required long LetterId { get; init; }
}
