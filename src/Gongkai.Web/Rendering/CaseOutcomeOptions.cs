using Gongkai.Core.Cases;

namespace Gongkai.Web.Rendering;

/// <summary>
/// The outcomes a decision (答复) may record, grouped as table 三 groups them — （一）予以公开 … （六）其他处理 — with the
/// catalogue's labels: the group is the label's part before its item (“（三）不予公开 1．属于国家秘密”).
/// </summary>
internal static class CaseOutcomeOptions
{
    /// <summary>
    /// （六）1 逾期不补正 and （六）2 逾期未缴费 are left out: they are recorded through the lapse steps, never as a decision
    /// (docs/cases-model.md).
    /// </summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<(CaseOutcome Outcome, string Label)> Items)> Groups { get; } =
        [.. CaseOutcomes.All
            .Where(o => o is not (CaseOutcome.NoCorrection or CaseOutcome.UnpaidFee))
            .Select(o => (Outcome: o, Label: CaseOutcomes.Label(o)))
            .GroupBy(o => Group(o.Label))
            .Select(g => (g.Key, (IReadOnlyList<(CaseOutcome, string)>)[.. g.Select(o => (o.Outcome, Item(o.Label)))]))];

    // The numbered group without its note: “（二）部分公开（区分处理的，…）” → “（二）部分公开”.
    private static string Group(string label)
    {
        var head = label.Split(' ', 2)[0];
        var note = head.IndexOf('（', 1);
        return note > 0 ? head[..note] : head;
    }

    private static string Item(string label) => label.Split(' ', 2) is [_, var item] ? item : label;
}
