using Gongkai.Core.Cases;

namespace Gongkai.Application.Cases.Registers;

/// <summary>
/// The register's labels of the values Core names only in English (consultation party, fee mode); the other lists are
/// Core's own (<see cref="ApplicantKinds"/>, <see cref="SubmissionChannels"/>, <see cref="CaseOutcomes"/>).
/// </summary>
public static class RegisterLabels
{
    /// <summary>第三方 (条例 art. 32) or 其他机关 (art. 34).</summary>
    public static string Party(ConsultationParty party) => party switch
    {
        ConsultationParty.ThirdParty => "第三方",
        ConsultationParty.OtherAgency => "其他机关",
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, null),
    };

    /// <summary>按件 or 按量 (国办函〔2020〕109号).</summary>
    public static string FeeMode(FeeMode mode) => mode switch
    {
        Core.Cases.FeeMode.PerItem => "按件",
        Core.Cases.FeeMode.PerVolume => "按量",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The drop-down list of an outcome: the 2021 format's row label.</summary>
    public static string Outcome(CaseOutcome outcome) => CaseOutcomes.Label(outcome);
}
