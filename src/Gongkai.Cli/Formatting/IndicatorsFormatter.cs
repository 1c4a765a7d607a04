using Gongkai.Store.Queries;

namespace Gongkai.Cli.Formatting;

/// <summary>The derived indicators on one line (rollup and compare).</summary>
internal static class IndicatorsFormatter
{
    public static void Write(TextWriter output, Indicators i) =>
        output.WriteLine($"指标：公开率 {CellTableFormatter.Percent(i.DisclosureRate)}｜行政复议纠错率 {CellTableFormatter.Percent(i.ReconsiderationCorrectionRate)}｜行政诉讼纠错率 {CellTableFormatter.Percent(i.LitigationCorrectionRate)}｜本机关不掌握占比 {CellTableFormatter.Percent(i.NotHeldShare)}");
}
