namespace Gongkai.Store.Registry;

/// <summary>How a report's agency name was matched to a registered unit.</summary>
public enum UnitMatchKind
{
    /// <summary>No registered unit has the name.</summary>
    None,

    /// <summary>More than one unit could be meant: a question for the user (<c>gongkai units questions</c>).</summary>
    Ambiguous,

    /// <summary>The unit's own name (after normalisation).</summary>
    Name,

    /// <summary>One of the unit's registered aliases.</summary>
    Alias,

    /// <summary>The same name once official long forms are shortened (高新技术产业开发区 = 高新区), and only one unit has it.</summary>
    Abbreviation,

    /// <summary>The name with or without the region in front (东山市西湖区教育局 = 西湖区教育局 in 东山市), and only one unit has it.</summary>
    RegionPrefix,

    /// <summary>Linked by the user.</summary>
    Manual,
}

/// <summary>The outcome of matching one agency name: the unit, or the candidates when it is a question.</summary>
public sealed record UnitMatch(UnitMatchKind Kind, RegisteredUnit? Unit, IReadOnlyList<RegisteredUnit> Candidates)
{
    /// <summary>No match.</summary>
    public static UnitMatch None { get; } = new(UnitMatchKind.None, null, []);

    /// <summary>The store's name for <see cref="Kind"/>.</summary>
    public string KindKey => Kind.ToString().ToLowerInvariant();
}
