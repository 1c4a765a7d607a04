namespace Gongkai.Application.Dashboards;

/// <summary>How many registered units of one level owe a report for the year, and how many have one stored.</summary>
/// <param name="Level">省, 市, 县区, 部门 or 乡镇街道.</param>
/// <param name="Expected">Registered units of that level in the region.</param>
/// <param name="Reported">Those with a report for the year.</param>
public sealed record LevelCoverage(string Level, int Expected, int Reported)
{
    /// <summary>Units without a report.</summary>
    public int Missing => Expected - Reported;

    /// <summary>Reported over expected (0.25 = 25%), or <see langword="null"/> when no unit is expected.</summary>
    public decimal? Rate => Expected == 0 ? null : Math.Round((decimal)Reported / Expected, 4);
}
