using Gongkai.Store.Queries;

namespace Gongkai.Application.Dashboards;

/// <summary>One derived indicator with its Chinese name (as <c>gongkai rollup</c> prints them).</summary>
/// <param name="Name">公开率, 行政复议纠错率 …</param>
/// <param name="Value">The fraction (0.25 = 25%), or <see langword="null"/> when its denominator is 0 or not printed.</param>
public sealed record IndicatorValue(string Name, decimal? Value)
{
    /// <summary>The four indicators of <paramref name="indicators"/>, in the order the CLI prints them.</summary>
    public static IReadOnlyList<IndicatorValue> Of(Indicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return
        [
            new("公开率", indicators.DisclosureRate),
            new("行政复议纠错率", indicators.ReconsiderationCorrectionRate),
            new("行政诉讼纠错率", indicators.LitigationCorrectionRate),
            new("本机关不掌握占比", indicators.NotHeldShare),
        ];
    }
}
