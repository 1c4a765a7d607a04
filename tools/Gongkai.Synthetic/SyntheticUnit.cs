namespace Gongkai.Synthetic;

/// <summary>A fictional reporting unit of the synthetic province, as the registry lists it.</summary>
/// <param name="Code">Stable code, the parent's code plus a segment: <c>JN</c>, <c>JN-DS</c>, <c>JN-DS-XH</c>, <c>JN-DS-XH-JY</c>.</param>
/// <param name="Name">The full name as the report's title and signature print it, e.g. <c>东山市西湖区人民政府</c>.</param>
/// <param name="Level">One of <see cref="UnitLevels"/>: 省, 市, 县区, 部门, 乡镇街道.</param>
/// <param name="Region">The administrative area as a path, e.g. <c>江南省/东山市/西湖区</c>; a department's is its government's.</param>
/// <param name="ParentCode">The code of the unit above, or <see langword="null"/> for the province government.</param>
/// <param name="Aliases">Other names the unit goes by (0–2), e.g. <c>西湖区政府</c>.</param>
/// <param name="IsSummary">Whether the unit's report is a summary (汇总) of its children's: the 县区 governments.</param>
public sealed record SyntheticUnit(string Code, string Name, string Level, string Region, string? ParentCode, IReadOnlyList<string> Aliases, bool IsSummary);
