namespace Gongkai.Store.Queries;

/// <summary>Derived indicators (docs/store.md, "Indicators"), as fractions (0.25 = 25%); <see langword="null"/> when the denominator is 0 or not printed.</summary>
/// <param name="DisclosureRate">（一）予以公开 + （二）部分公开, over （七）总计 (table 三, 总计 column).</param>
/// <param name="ReconsiderationCorrectionRate">行政复议 结果纠正, over the concluded cases (总计 − 尚未审结).</param>
/// <param name="LitigationCorrectionRate">行政诉讼 (both groups) 结果纠正, over the concluded cases of both groups.</param>
/// <param name="NotHeldShare">（四）1 本机关不掌握相关政府信息, over （七）总计.</param>
public sealed record Indicators(decimal? DisclosureRate, decimal? ReconsiderationCorrectionRate, decimal? LitigationCorrectionRate, decimal? NotHeldShare)
{
    /// <summary>The indicators from the cell values <paramref name="value"/> gives by path.</summary>
    public static Indicators From(Func<string, decimal?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var handled = value("requests.total.total");
        var granted = Add(value("requests.granted.total"), value("requests.partiallyGranted.total"));
        var litigationCorrected = Add(value("appeals.litigationDirect.corrected"), value("appeals.litigationAfterReconsideration.corrected"));
        var litigationConcluded = Add(Concluded(value, "litigationDirect"), Concluded(value, "litigationAfterReconsideration"));
        return new Indicators(
            Ratio(granted, handled),
            Ratio(value("appeals.reconsideration.corrected"), Concluded(value, "reconsideration")),
            Ratio(litigationCorrected, litigationConcluded),
            Ratio(value("requests.unavailable.notHeld.total"), handled));
    }

    private static decimal? Concluded(Func<string, decimal?> value, string group) =>
        value($"appeals.{group}.total") is { } total ? total - (value($"appeals.{group}.pending") ?? 0) : null;

    private static decimal? Add(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? Math.Round(n / d, 4) : null;
}
