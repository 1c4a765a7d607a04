using Gongkai.Core.Rules;

namespace Gongkai.Store.Registry;

/// <summary>The registry's levels (省/市/县区/部门/乡镇街道) and what they mean for the deadline of 条例 art. 49.</summary>
public static class UnitLevel
{
    /// <summary>The levels a registry CSV may give, in order.</summary>
    public static IReadOnlyList<string> All { get; } = ["省", "市", "县区", "部门", "乡镇街道"];

    /// <summary>Whether <paramref name="level"/> is one of <see cref="All"/>.</summary>
    public static bool IsValid(string level) => All.Contains(level);

    /// <summary>
    /// A 省/市/县区 unit is a 县级以上人民政府 (its report due 31 March); departments and towns are due 31 January.
    /// A 市 unit that is not a government (e.g. a development zone registered at city level) still reads as one
    /// here only when its name says 人民政府, as the validator infers.
    /// </summary>
    public static AgencyLevel ToAgencyLevel(string level, string name) =>
        level is "省" or "市" or "县区" && name.EndsWith("人民政府", StringComparison.Ordinal) ? AgencyLevel.Government : AgencyLevel.Department;
}
