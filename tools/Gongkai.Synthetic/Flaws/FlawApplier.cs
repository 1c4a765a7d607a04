using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Synthetic.Figures;

namespace Gongkai.Synthetic.Flaws;

/// <summary>Changes a clean sheet as a figure flaw prescribes (the manifest's detail says the same in words: <see cref="FlawDetails"/>).</summary>
internal static class FlawApplier
{
    /// <summary>Applies the figure flaws to the printed sheet; Late, Missing, NameVariant and Corrected leave it alone.</summary>
    public static void Apply(PlannedFlaw flaw, FigureSheet sheet, UnitState state)
    {
        var (c, d) = (flaw.Column, flaw.Delta);
        switch (flaw.Kind)
        {
            case FlawKind.Balance:
                Unbalance(flaw, sheet);
                break;
            case FlawKind.CarriedOverMismatch:
                // Raise 二 and absorb it in (一)予以公开 and (七), so only the link to last year's 四 is broken.
                RaiseRows(sheet, c, d, RequestsTemplate.CarriedOver, RequestsTemplate.Granted, RequestsTemplate.Total);
                break;
            case FlawKind.SummaryMismatch:
                RaiseRows(sheet, c, d, RequestsTemplate.NewReceived, RequestsTemplate.Granted, RequestsTemplate.Total);
                break;
            case FlawKind.InForceBreak:
                sheet[TableKind.Proactive, ProactiveTemplate.NormativeDocuments, ProactiveTemplate.InForce] += d;
                state.InForce[ProactiveTemplate.NormativeDocuments] += d;
                break;
            case FlawKind.PreviousItemsBreak:
                sheet[TableKind.Proactive, ProactiveTemplate.Licensing, ProactiveTemplate.PreviousItems] += d;
                break;
        }
    }

    /// <summary>一、本年新收 raised in one column and in 总计 (so the row still adds up, but 一+二 ≠ (七)+四).</summary>
    public static void Unbalance(PlannedFlaw flaw, FigureSheet sheet) => RaiseRows(sheet, flaw.Column, flaw.Delta, RequestsTemplate.NewReceived);

    private static void RaiseRows(FigureSheet sheet, string column, int delta, params string[] rows)
    {
        foreach (var row in rows)
        {
            sheet.AddRequests(row, column, delta);
            sheet.AddRequests(row, RequestsTemplate.TotalColumn, delta);
        }
    }
}
