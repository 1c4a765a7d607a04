using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>Each outcome's row of table 三 (found by its printed numbering in <see cref="RequestsTemplate"/>), label and 条例 basis.</summary>
public static class CaseOutcomes
{
    private const string Statute = "《政府信息公开条例》";

    // Where each outcome sits in table 三's printed numbering (三、(group) item): cases.md §5.
    private static readonly Dictionary<CaseOutcome, (int Group, int? Item)> Places = new()
    {
        [CaseOutcome.Granted] = (1, null),
        [CaseOutcome.PartiallyGranted] = (2, null),
        [CaseOutcome.WithheldStateSecret] = (3, 1),
        [CaseOutcome.WithheldOtherLaw] = (3, 2),
        [CaseOutcome.WithheldSecurity] = (3, 3),
        [CaseOutcome.WithheldThirdParty] = (3, 4),
        [CaseOutcome.WithheldInternal] = (3, 5),
        [CaseOutcome.WithheldProcess] = (3, 6),
        [CaseOutcome.WithheldEnforcement] = (3, 7),
        [CaseOutcome.WithheldQuery] = (3, 8),
        [CaseOutcome.UnavailableNotHeld] = (4, 1),
        [CaseOutcome.UnavailableNeedsCreation] = (4, 2),
        [CaseOutcome.UnavailableUnclear] = (4, 3),
        [CaseOutcome.RejectedPetition] = (5, 1),
        [CaseOutcome.RejectedDuplicate] = (5, 2),
        [CaseOutcome.RejectedPublication] = (5, 3),
        [CaseOutcome.RejectedExcessive] = (5, 4),
        [CaseOutcome.RejectedConfirmation] = (5, 5),
        [CaseOutcome.NoCorrection] = (6, 1),
        [CaseOutcome.UnpaidFee] = (6, 2),
        [CaseOutcome.Other] = (6, 3),
    };

    /// <summary>Every outcome, in table order.</summary>
    public static IReadOnlyList<CaseOutcome> All { get; } = Enum.GetValues<CaseOutcome>();

    /// <summary>
    /// The row <paramref name="outcome"/> counts in, in <paramref name="edition"/>'s table 三: in the 2019 format the three
    /// （六） outcomes share the one row （六）其他处理.
    /// </summary>
    public static RowKey Row(CaseOutcome outcome, TemplateVersion edition) => Spec(outcome, edition).Id;

    /// <summary>The official label of <paramref name="outcome"/>'s row in <paramref name="edition"/>.</summary>
    public static string Label(CaseOutcome outcome, TemplateVersion edition = TemplateVersion.V2021) => Spec(outcome, edition).Label;

    /// <summary>The 条例 article an answer with <paramref name="outcome"/> cites by default (cases.md §5), in Chinese.</summary>
    public static string Basis(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Granted => Statute + "第三十六条第（一）项、第（二）项",
        CaseOutcome.PartiallyGranted => Statute + "第三十七条",
        CaseOutcome.WithheldStateSecret or CaseOutcome.WithheldOtherLaw or CaseOutcome.WithheldSecurity => Statute + "第十四条",
        CaseOutcome.WithheldThirdParty => Statute + "第十五条、第三十二条",
        CaseOutcome.WithheldInternal => Statute + "第十六条第一款",
        CaseOutcome.WithheldProcess or CaseOutcome.WithheldEnforcement => Statute + "第十六条第二款",
        CaseOutcome.WithheldQuery => Statute + "第三十六条第（七）项",
        CaseOutcome.UnavailableNotHeld => Statute + "第三十六条第（四）项、第（五）项",
        CaseOutcome.UnavailableNeedsCreation => Statute + "第三十八条",
        CaseOutcome.UnavailableUnclear or CaseOutcome.NoCorrection => Statute + "第三十条",
        CaseOutcome.RejectedPetition => Statute + "第三十九条第一款",
        CaseOutcome.RejectedDuplicate => Statute + "第三十六条第（六）项",
        CaseOutcome.RejectedPublication => Statute + "第三十九条第二款",
        CaseOutcome.RejectedExcessive => Statute + "第三十五条",
        CaseOutcome.UnpaidFee => Statute + "第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        // cases.md §5 names no article for these two; the letter states the facts instead.
        CaseOutcome.RejectedConfirmation or CaseOutcome.Other => Statute + "未规定专门条款，按实际情况说明",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static RowSpec Spec(CaseOutcome outcome, TemplateVersion edition)
    {
        if (!Places.TryGetValue(outcome, out var place))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        }

        // The 2019 format prints (六) as one row without items.
        var item = edition == TemplateVersion.V2019 && place.Group == 6 ? null : place.Item;
        var numbering = new RowNumbering(3, place.Group, item);
        return RequestsTemplate.OutcomeRows(edition).First(r => r.Numbering == numbering);
    }
}
