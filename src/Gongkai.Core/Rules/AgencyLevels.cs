namespace Gongkai.Core.Rules;

/// <summary>Infers <see cref="AgencyLevel"/> from an agency's name.</summary>
/// <remarks>
/// 条例 art. 49: a 县级以上人民政府's own report is due by 31 March, departments' by 31 January. Towns, streets and
/// development-zone bodies follow their province's rules; they are treated like departments (docs/domain.md §1).
/// </remarks>
public static class AgencyLevels
{
    private static readonly string[] TownSuffixes = ["镇人民政府", "乡人民政府", "苏木人民政府", "镇政府", "乡政府"];

    private static readonly string[] ZoneSuffixes = ["管理委员会", "管委会"];

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

    /// <summary>
    /// The deadline for <paramref name="agency"/>'s report on <paramref name="year"/>, as a Chinese sentence citing
    /// 条例第四十九条 (no final punctuation), e.g. <c>政府部门的年度报告应于2023年1月31日前公布（条例第四十九条）</c>.
    /// </summary>
    /// <remarks>
    /// Art. 49 sets two deadlines: 县级以上人民政府部门 by 31 January, and a 县级以上地方人民政府's own report (published
    /// by its 政府信息公开工作主管部门) by 31 March. It names no deadline for 乡镇人民政府, 街道办事处 or development-zone
    /// bodies; they are held to the departments' date (docs/domain.md §1), and said to be so, not called 政府部门.
    /// </remarks>
    /// <param name="agency">The body's name.</param>
    /// <param name="level">Its level (inferred from the name, or from the registry).</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="townOrStreet">Whether a registry says it is a 乡镇/街道 body whatever its name.</param>
    public static string DeadlineSentence(string? agency, AgencyLevel level, int year, bool townOrStreet = false)
    {
        var date = Deadline(level, year).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
        if (level == AgencyLevel.Government)
        {
            return $"县级以上人民政府的本级年度报告应于{date}前公布（条例第四十九条）";
        }

        return (Kind(agency) ?? (townOrStreet ? "乡镇人民政府、街道办事处" : null)) is { } kind
            ? $"{kind}的年度报告条例未规定期限，参照政府部门应于{date}前公布（条例第四十九条；本省另有规定的从其规定）"
            : $"政府部门的年度报告应于{date}前公布（条例第四十九条）";
    }

    // Bodies art. 49 does not name: towns and townships, street offices, development zones.
    private static string? Kind(string? agency)
    {
        var name = (agency ?? "").Trim();
        return TownSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? "乡镇人民政府"
            : name.EndsWith("街道办事处", StringComparison.Ordinal) || name.EndsWith("街道办", StringComparison.Ordinal) ? "街道办事处"
            : ZoneSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)) ? "开发区等派出机构"
            : null;
    }
}
