namespace Gongkai.Core.Cases;

/// <summary>The Chinese label of each <see cref="SubmissionChannel"/>, and whether it needs a confirmation date.</summary>
public static class SubmissionChannels
{
    /// <summary>Every channel.</summary>
    public static IReadOnlyList<SubmissionChannel> All { get; } = Enum.GetValues<SubmissionChannel>();

    /// <summary>The label staff and applicants read.</summary>
    public static string Label(SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.InPerson => "当面",
        SubmissionChannel.SignedPost => "邮寄（签收）",
        SubmissionChannel.OrdinaryPost => "平常信函",
        SubmissionChannel.OnlinePlatform => "网络平台",
        SubmissionChannel.Email => "电子邮件",
        SubmissionChannel.Fax => "传真",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>
    /// Whether the receipt date is a confirmation with the applicant rather than the arrival: 条例 art. 31(二) for
    /// unsigned post, art. 31(三) for the internet and the office's fax.
    /// </summary>
    public static bool NeedsConfirmation(SubmissionChannel channel) =>
        channel is SubmissionChannel.OrdinaryPost or SubmissionChannel.OnlinePlatform or SubmissionChannel.Email or SubmissionChannel.Fax;
}
