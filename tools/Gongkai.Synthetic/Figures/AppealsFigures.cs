using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Synthetic.Figures;

/// <summary>Table 四: a few reconsiderations and lawsuits per hundred requests; most small units have none.</summary>
internal static class AppealsFigures
{
    // 结果维持, 结果纠正, 其他结果, 尚未审结
    private static readonly double[] OutcomeWeights = [0.55, 0.12, 0.18, 0.15];

    // 行政复议, 未经复议直接起诉, 复议后起诉: the most cases per request.
    private static readonly double[] Rates = [0.05, 0.02, 0.01];

    public static void Fill(FigureSheet sheet, Random random)
    {
        var received = sheet[TableKind.Requests, RequestsTemplate.NewReceived, RequestsTemplate.TotalColumn];
        var groups = AppealsTemplate.Table.Rows;
        for (var g = 0; g < groups.Count; g++)
        {
            var cases = (int)Math.Round((double)received * Rates[g] * random.NextDouble());
            var parts = Apportion.Split(cases, OutcomeWeights, random);
            for (var p = 0; p < parts.Length; p++)
            {
                sheet[TableKind.Appeals, groups[g].Key, AppealsTemplate.Parts[p]] = parts[p];
            }
        }

        Totals.Complete(sheet);
    }
}
