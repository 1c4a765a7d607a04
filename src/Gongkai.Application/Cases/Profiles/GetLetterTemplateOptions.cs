using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Profiles;

/// <summary>The template a unit's letters of one kind are made from, for whom.</summary>
public sealed record GetLetterTemplateOptions
{
    /// <summary>Who is asking: the unit must be in the scope.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The unit.</summary>
    public required string UnitId { get; init; }

    /// <summary>Which letter.</summary>
    public required LetterKind Kind { get; init; }
}
