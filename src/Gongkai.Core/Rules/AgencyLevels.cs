namespace Gongkai.Core.Rules;

/// <summary>Infers <see cref="AgencyLevel"/> from an agency's name.</summary>
/// <remarks>
/// 条例 art. 49: a 县级以上人民政府's own report is due by 31 March, departments' by 31 January. Towns, streets and
/// development-zone bodies follow their province's rules; they are treated like departments (docs/domain.md §1).
/// </remarks>
public static class AgencyLevels
{
    private static readonly string[] GovernmentSuffixes = ["省人民政府", "市人民政府", "县人民政府", "区人民政府", "州人民政府", "盟人民政府", "旗人民政府", "自治区人民政府"];

    /// <summary>The level of the body named <paramref name="agency"/>.</summary>
    public static AgencyLevel Infer(string? agency)
    {
        var name = (agency ?? "").Trim();
        foreach (var suffix in GovernmentSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return AgencyLevel.Government;
            }
        }

        return AgencyLevel.Department;
    }

    /// <summary>The last day to publish the report on <paramref name="year"/> (条例 art. 49).</summary>
    public static DateOnly Deadline(AgencyLevel level, int year) =>
        level == AgencyLevel.Government ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);
}
