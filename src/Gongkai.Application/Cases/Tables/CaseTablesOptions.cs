using Gongkai.Store;

namespace Gongkai.Application.Cases.Tables;

/// <summary>Whose tables 三 and 四 to build from the cases, for which year and format, for whom.</summary>
public sealed record CaseTablesOptions
{
    /// <summary>Who is asking: a unit outside the scope is not found.</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>The registered unit's code.</summary>
    public required string UnitCode { get; init; }

    /// <summary>The report's year.</summary>
    public required int Year { get; init; }

    /// <summary>The table format, <c>2019</c> or <c>2021</c>; <see langword="null"/> for the one the year requires.</summary>
    public string? Edition { get; init; }
}
