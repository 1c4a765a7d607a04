using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;

namespace Gongkai.Application.Cases;

/// <summary>
/// Reads the choices of a case as a person types them (the CLI's options, a form's fields): by their Chinese labels
/// from the one place each is defined, or by their stable names. Each returns <see langword="null"/> and a Chinese
/// problem listing the choices when the text matches none or several.
/// </summary>
public static class CaseInputs
{
    /// <summary>The label of <see cref="FeeMode.PerItem"/>.</summary>
    public const string PerItem = "按件";

    /// <summary>The label of <see cref="FeeMode.PerVolume"/>.</summary>
    public const string PerVolume = "按量";

    /// <summary>The label of <see cref="ConsultationParty.ThirdParty"/>.</summary>
    public const string ThirdParty = "第三方";

    /// <summary>The label of <see cref="ConsultationParty.OtherAgency"/>.</summary>
    public const string OtherAgency = "其他机关";

    /// <summary>The label of a fee mode.</summary>
    public static string Label(FeeMode mode) => mode == FeeMode.PerItem ? PerItem : PerVolume;

    /// <summary>The label of a consultation party.</summary>
    public static string Label(ConsultationParty party) => party == ConsultationParty.ThirdParty ? ThirdParty : OtherAgency;

    /// <summary>A channel by its label (<see cref="SubmissionChannels.Label"/>, e.g. 当面, 网络平台) or part of it (邮寄).</summary>
    public static SubmissionChannel? Channel(string text, out string? problem) =>
        Pick(text, SubmissionChannels.All, c => SubmissionChannels.Label(c), "提交方式", out problem);

    /// <summary>An applicant kind by its table 三 label (<see cref="ApplicantKinds.Label"/>, e.g. 自然人, 商业企业).</summary>
    public static ApplicantKind? ApplicantKind(string text, out string? problem) =>
        Pick(text, ApplicantKinds.All, k => ApplicantKinds.Label(k), "申请人类型", out problem);

    /// <summary>An outcome by its table 三 row label or part of it (予以公开, 国家秘密, 不掌握, …).</summary>
    public static CaseOutcome? Outcome(string text, out string? problem) =>
        Pick(text, CaseOutcomes.All, o => CaseOutcomes.Label(o), "答复结果", out problem);

    /// <summary>A fee mode: 按件 or 按量.</summary>
    public static FeeMode? Fee(string text, out string? problem) =>
        Pick(text, Enum.GetValues<FeeMode>(), Label, "收费方式", out problem);

    /// <summary>A consultation party: 第三方 or 其他机关.</summary>
    public static ConsultationParty? Party(string text, out string? problem) =>
        Pick(text, Enum.GetValues<ConsultationParty>(), Label, "征求意见对象", out problem);

    // Exact label or stable name first; else the one label containing the text.
    private static T? Pick<T>(string text, IReadOnlyList<T> all, Func<T, string> label, string what, out string? problem)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var wanted = text.Trim();
        var exact = all.Where(v => label(v) == wanted || CaseJson.NameOf(v) == wanted).ToList();
        var matches = exact.Count > 0 ? exact : [.. all.Where(v => wanted.Length > 0 && label(v).Contains(wanted, StringComparison.Ordinal))];
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var choices = string.Join("、", (matches.Count > 1 ? matches : all).Select(label));
        problem = matches.Count > 1
            ? $"{what}“{wanted}”不明确，可能是：{choices}。"
            : $"{what}“{wanted}”无效，可选：{choices}。";
        return null;
    }
}
