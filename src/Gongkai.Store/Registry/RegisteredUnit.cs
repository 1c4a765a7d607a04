namespace Gongkai.Store.Registry;

/// <summary>A unit of the registry: a body that must publish an annual report.</summary>
/// <param name="Code">The office's own code for the unit, unique.</param>
/// <param name="Name">The full name as reports print it.</param>
/// <param name="Level">省, 市, 县区, 部门 or 乡镇街道 (<see cref="UnitLevel"/>).</param>
/// <param name="Region">The region path, e.g. <c>江南省/东山市/西湖区</c>.</param>
/// <param name="ParentCode">The unit it reports to (a department's government, a town's county), or <see langword="null"/>.</param>
/// <param name="Aliases">Other names reports use for it.</param>
public sealed record RegisteredUnit(string Code, string Name, string Level, string Region, string? ParentCode, IReadOnlyList<string> Aliases)
{
    /// <summary>The unit's id in the store (0 before it is stored).</summary>
    public long Id { get; init; }
}
