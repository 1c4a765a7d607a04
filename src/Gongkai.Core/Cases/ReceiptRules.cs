namespace Gongkai.Core.Cases;

/// <summary>The receipt date of an application by its channel (条例 art. 31).</summary>
public static class ReceiptRules
{
    /// <summary>
    /// The receipt date of an application that arrived on <paramref name="arrived"/> through <paramref name="channel"/>:
    /// the arrival itself in person or by signed post; the date confirmed with the applicant (<paramref name="confirmed"/>)
    /// for unsigned post, the internet and fax.
    /// </summary>
    public static ReceiptDateResult ReceiptDate(SubmissionChannel channel, DateOnly arrived, DateOnly? confirmed)
    {
        if (!SubmissionChannels.NeedsConfirmation(channel))
        {
            return new ReceiptDateResult(arrived, null);
        }

        var label = SubmissionChannels.Label(channel);
        if (confirmed is not { } day)
        {
            return new ReceiptDateResult(null, $"以{label}方式提交的申请，须填写与申请人确认之日（条例第三十一条）。");
        }

        return day < arrived
            ? new ReceiptDateResult(null, $"确认之日（{CaseDates.Format(day)}）早于申请到达之日（{CaseDates.Format(arrived)}）。")
            : new ReceiptDateResult(day, null);
    }

    /// <summary>One Chinese sentence explaining the receipt date of <paramref name="channel"/>, citing art. 31.</summary>
    public static string Explain(SubmissionChannel channel) => channel switch
    {
        SubmissionChannel.InPerson => "当面提交的，以提交之日为收到申请之日（《政府信息公开条例》第三十一条第（一）项）。",
        SubmissionChannel.SignedPost => "以邮寄方式提交需要签收的，以行政机关签收之日为收到申请之日（《政府信息公开条例》第三十一条第（二）项）。",
        SubmissionChannel.OrdinaryPost => "以平常信函等无需签收的邮寄方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日（《政府信息公开条例》第三十一条第（二）项）。",
        SubmissionChannel.OnlinePlatform or SubmissionChannel.Email or SubmissionChannel.Fax =>
            $"通过互联网渠道或者政府信息公开工作机构的传真提交的（本件：{SubmissionChannels.Label(channel)}），以双方确认之日为收到申请之日（《政府信息公开条例》第三十一条第（三）项）。",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };
}
