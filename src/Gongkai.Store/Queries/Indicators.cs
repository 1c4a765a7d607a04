using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

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
        var handled = value(Path(TableKind.Requests, RequestsTemplate.Total, RequestsTemplate.TotalColumn));
        var granted = Add(
            value(Path(TableKind.Requests, RequestsTemplate.Granted, RequestsTemplate.TotalColumn)),
            value(Path(TableKind.Requests, RequestsTemplate.PartiallyGranted, RequestsTemplate.TotalColumn)));
        var litigationCorrected = Add(
            value(Path(TableKind.Appeals, AppealsTemplate.LitigationDirect, AppealsTemplate.Corrected)),
            value(Path(TableKind.Appeals, AppealsTemplate.LitigationAfterReconsideration, AppealsTemplate.Corrected)));
        var litigationConcluded = Add(Concluded(value, AppealsTemplate.LitigationDirect), Concluded(value, AppealsTemplate.LitigationAfterReconsideration));
        return new Indicators(
            Ratio(granted, handled),
            Ratio(value(Path(TableKind.Appeals, AppealsTemplate.Reconsideration, AppealsTemplate.Corrected)), Concluded(value, AppealsTemplate.Reconsideration)),
            Ratio(litigationCorrected, litigationConcluded),
            Ratio(value(Path(TableKind.Requests, RequestsTemplate.NotHeld, RequestsTemplate.TotalColumn)), handled));
    }

    private static string Path(TableKind table, RowKey row, ColumnKey column) => new CellRef(table, row, column).Path;

    private static decimal? Concluded(Func<string, decimal?> value, RowKey group) =>
        value(Path(TableKind.Appeals, group, AppealsTemplate.Total)) is { } total ? total - (value(Path(TableKind.Appeals, group, AppealsTemplate.Pending)) ?? 0) : null;

    private static decimal? Add(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? Math.Round(n / d, 4) : null;
}
