using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// Reads a register cell's text as a value: dates in the ways registers write them, the applicant kinds, channels,
/// outcomes (both editions' labels and short forms), parties and fee modes. Each returns <see langword="null"/> and the
/// allowed values when the text is none of them.
/// </summary>
public static partial class RegisterValues
{
    // Excel's serial days from 1900-03-01 (61) to 9999-12-31; earlier serials count a 29 February 1900 that never was.
    private const int FirstSerial = 61;
    private const int LastSerial = 2_958_465;
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    // Short forms agencies write, as data: each maps to one outcome.
    private static readonly Dictionary<string, CaseOutcome> OutcomeShortForms = new(StringComparer.Ordinal)
    {
        ["公开"] = CaseOutcome.Granted,
        ["全部公开"] = CaseOutcome.Granted,
        ["同意公开"] = CaseOutcome.Granted,
        ["部分公开"] = CaseOutcome.PartiallyGranted,
        ["区分处理"] = CaseOutcome.PartiallyGranted,
        ["信息不存在"] = CaseOutcome.UnavailableNotHeld,
        ["本机关不掌握"] = CaseOutcome.UnavailableNotHeld,
        ["不掌握"] = CaseOutcome.UnavailableNotHeld,
        ["需另行制作"] = CaseOutcome.UnavailableNeedsCreation,
        ["重复申请"] = CaseOutcome.RejectedDuplicate,
        ["信访举报投诉"] = CaseOutcome.RejectedPetition,
        ["逾期不补正"] = CaseOutcome.NoCorrection,
        ["逾期未补正"] = CaseOutcome.NoCorrection,
        ["逾期未缴费"] = CaseOutcome.UnpaidFee,
        ["逾期不缴费"] = CaseOutcome.UnpaidFee,
        ["其他"] = CaseOutcome.Other,
        ["其他处理"] = CaseOutcome.Other,
        ["撤回"] = CaseOutcome.Other,
        ["撤回申请"] = CaseOutcome.Other,
        ["申请人撤回"] = CaseOutcome.Other,
    };

    private static readonly Dictionary<string, ApplicantKind> KindShortForms = new(StringComparer.Ordinal)
    {
        ["个人"] = ApplicantKind.NaturalPerson,
        ["公民"] = ApplicantKind.NaturalPerson,
        ["企业"] = ApplicantKind.Commercial,
        ["科研院所"] = ApplicantKind.Research,
        ["公益组织"] = ApplicantKind.PublicInterest,
        ["律师事务所"] = ApplicantKind.LegalService,
        ["其他组织"] = ApplicantKind.Other,
    };

    private static readonly Dictionary<string, SubmissionChannel> ChannelShortForms = new(StringComparer.Ordinal)
    {
        ["当面提交"] = SubmissionChannel.InPerson,
        ["现场"] = SubmissionChannel.InPerson,
        ["现场提交"] = SubmissionChannel.InPerson,
        ["邮寄"] = SubmissionChannel.SignedPost,
        ["挂号信"] = SubmissionChannel.SignedPost,
        ["EMS"] = SubmissionChannel.SignedPost,
        ["信函"] = SubmissionChannel.OrdinaryPost,
        ["平信"] = SubmissionChannel.OrdinaryPost,
        ["网上申请"] = SubmissionChannel.OnlinePlatform,
        ["在线申请"] = SubmissionChannel.OnlinePlatform,
        ["网络"] = SubmissionChannel.OnlinePlatform,
        ["互联网"] = SubmissionChannel.OnlinePlatform,
        ["网站"] = SubmissionChannel.OnlinePlatform,
        ["邮件"] = SubmissionChannel.Email,
        ["电子邮箱"] = SubmissionChannel.Email,
        ["EMAIL"] = SubmissionChannel.Email,
    };

    /// <summary>The date <paramref name="text"/> writes: <c>2024-03-05</c>, <c>2024/3/5</c>, <c>2024.3.5</c>, <c>2024年3月5日</c>, <c>20240305</c> or an Excel serial day.</summary>
    public static DateOnly? Date(string text)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }

        var match = DatePattern().Match(t);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var compact = match.Groups[4].Success;
            var month = int.Parse(match.Groups[compact ? 4 : 2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups[compact ? 5 : 3].Value, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
        }

        // An Excel date cell read as its serial number (a time of day may follow as a fraction).
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial >= FirstSerial && serial < LastSerial + 1
            ? SerialEpoch.AddDays((int)Math.Floor(serial))
            : null;
    }

    /// <summary>The applicant kind <paramref name="text"/> names: a column label of table 三 (自然人, 商业企业, …), also after 法人或其他组织, or a short form.</summary>
    public static ApplicantKind? Kind(string text)
    {
        var t = Normalize(text);
        foreach (var kind in ApplicantKinds.All)
        {
            var label = ApplicantKinds.Label(kind);
            if (t == label || (t.EndsWith(label, StringComparison.Ordinal) && t.StartsWith("法人或其他组织", StringComparison.Ordinal)))
            {
                return kind;
            }
        }

        return KindShortForms.TryGetValue(t, out var k) ? k : null;
    }

    /// <summary>The channel <paramref name="text"/> names: a <see cref="SubmissionChannels"/> label or a short form.</summary>
    public static SubmissionChannel? Channel(string text)
    {
        var t = Normalize(text);
        foreach (var channel in SubmissionChannels.All)
        {
            if (t == Normalize(SubmissionChannels.Label(channel)))
            {
                return channel;
            }
        }

        return ChannelShortForms.TryGetValue(t.ToUpperInvariant(), out var c) ? c : null;
    }

    /// <summary>
    /// The outcome <paramref name="text"/> names: a row label of table 三 in either edition, with or without its
    /// numbering and group (（三）不予公开 1．属于国家秘密, 属于国家秘密), a short form (全部公开, 逾期未缴费, 撤回), or
    /// text holding exactly one outcome's key phrase.
    /// </summary>
    public static CaseOutcome? Outcome(string text)
    {
        var t = Normalize(text);
        if (t.Length == 0)
        {
            return null;
        }

        foreach (var outcome in CaseOutcomes.All)
        {
            foreach (var edition in new[] { TemplateVersion.V2021, TemplateVersion.V2019 })
            {
                var label = Normalize(CaseOutcomes.Label(outcome, edition));
                if (t == label || t == Item(label))
                {
                    // The 2019 format's one （六）其他处理 row is the 2021 format's （六）3 其他.
                    return edition == TemplateVersion.V2019 && outcome is CaseOutcome.NoCorrection or CaseOutcome.UnpaidFee ? CaseOutcome.Other : outcome;
                }
            }
        }

        if (OutcomeShortForms.TryGetValue(t, out var shortForm))
        {
            return shortForm;
        }

        var byPhrase = CaseOutcomes.All.Where(o => Phrases(o).Any(p => t.Contains(p, StringComparison.Ordinal))).ToList();
        return byPhrase.Count == 1 ? byPhrase[0] : null;
    }

    /// <summary>第三方 or 其他机关 (also 第三人, 机关, 行政机关).</summary>
    public static ConsultationParty? Party(string text)
    {
        var t = Normalize(text);
        return t is "第三方" or "第三人" ? ConsultationParty.ThirdParty
            : t is "其他机关" or "机关" or "行政机关" or "其他行政机关" ? ConsultationParty.OtherAgency
            : null;
    }

    /// <summary>按件 or 按量.</summary>
    public static FeeMode? FeeMode(string text) => Normalize(text) switch
    {
        "按件" or "按件计收" => Core.Cases.FeeMode.PerItem,
        "按量" or "按量计收" or "按页" => Core.Cases.FeeMode.PerVolume,
        _ => null,
    };

    /// <summary>A whole number (Excel may write <c>3.0</c>).</summary>
    public static int? Integer(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue
            ? (int)d
            : null;

    /// <summary>An amount of money in 元 (a trailing 元 is allowed).</summary>
    public static decimal? Money(string text) =>
        decimal.TryParse(text.Trim().TrimEnd('元').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The allowed labels of each list, for messages and the template's drop-downs.</summary>
    public static IReadOnlyList<string> KindLabels { get; } = [.. ApplicantKinds.All.Select(ApplicantKinds.Label)];

    /// <summary>The channels' labels.</summary>
    public static IReadOnlyList<string> ChannelLabels { get; } = [.. SubmissionChannels.All.Select(SubmissionChannels.Label)];

    /// <summary>The outcomes' labels (2021 format).</summary>
    public static IReadOnlyList<string> OutcomeLabels { get; } = [.. CaseOutcomes.All.Select(RegisterLabels.Outcome)];

    /// <summary>The parties' labels.</summary>
    public static IReadOnlyList<string> PartyLabels { get; } = [.. Enum.GetValues<ConsultationParty>().Select(RegisterLabels.Party)];

    /// <summary>The fee modes' labels.</summary>
    public static IReadOnlyList<string> FeeModeLabels { get; } = [.. Enum.GetValues<Core.Cases.FeeMode>().Select(RegisterLabels.FeeMode)];

    /// <summary>Text without white space, full-width forms folded (so 自然人 and “ 自 然 人 ” match).</summary>
    internal static string Normalize(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    // A label's item without the group and numbering: "（三）不予公开1.属于国家秘密" → "属于国家秘密".
    private static string Item(string label)
    {
        var match = ItemPattern().Match(label);
        return match.Success ? label[(match.Index + match.Length)..] : GroupPattern().Replace(label, "");
    }

    // The catalogue's key phrases of the outcome's rows (both editions), as the report parser matches them.
    private static IEnumerable<string> Phrases(CaseOutcome outcome) =>
        Core.Templates.RequestsTemplate.AllRows.Where(r => r.Id == CaseOutcomes.Row(outcome, TemplateVersion.V2021)).SelectMany(r => r.Variants);

    // 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (a time may follow, as Excel's CSV writes it), or 20240305.
    [GeneratedRegex(@"^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(\d{2})(\d{2}))$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^.*?\d+[.．、]")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^\([一二三四五六七]\)")]
    private static partial Regex GroupPattern();
}
