using Gongkai.Core.Cases;

namespace Gongkai.Core.Tests.Cases;

public sealed class ReceiptRulesTests
{
    private static readonly DateOnly Arrived = new(2024, 9, 27);

    [Theory]
    [InlineData(SubmissionChannel.InPerson)]
    [InlineData(SubmissionChannel.SignedPost)]
    public void Receipt_is_the_arrival_for_channels_that_need_no_confirmation(SubmissionChannel channel)
    {
        var result = ReceiptRules.ReceiptDate(channel, Arrived, Arrived.AddDays(5));

        Assert.Equal(Arrived, result.Date);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData(SubmissionChannel.OrdinaryPost)]
    [InlineData(SubmissionChannel.OnlinePlatform)]
    [InlineData(SubmissionChannel.Email)]
    [InlineData(SubmissionChannel.Fax)]
    public void Receipt_is_the_confirmation_for_unsigned_post_internet_and_fax(SubmissionChannel channel)
    {
        var result = ReceiptRules.ReceiptDate(channel, Arrived, Arrived.AddDays(3));

        Assert.True(result.IsValid);
        Assert.Equal(Arrived.AddDays(3), result.Date);
    }

    [Theory]
    [InlineData(SubmissionChannel.OrdinaryPost)]
    [InlineData(SubmissionChannel.Email)]
    public void A_missing_confirmation_is_a_chinese_error_citing_article_31(SubmissionChannel channel)
    {
        var result = ReceiptRules.ReceiptDate(channel, Arrived, null);

        Assert.False(result.IsValid);
        Assert.Contains("第三十一条", result.Error, StringComparison.Ordinal);
        Assert.Contains(SubmissionChannels.Label(channel), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confirmation_before_the_arrival_is_refused()
    {
        var result = ReceiptRules.ReceiptDate(SubmissionChannel.Fax, Arrived, Arrived.AddDays(-1));

        Assert.Null(result.Date);
        Assert.Equal("确认之日（2024-09-26）早于申请到达之日（2024-09-27）。", result.Error);
    }

    [Fact]
    public void Every_channel_has_a_label_and_an_explanation_citing_article_31()
    {
        Assert.Equal(["当面", "邮寄（签收）", "平常信函", "网络平台", "电子邮件", "传真"], SubmissionChannels.All.Select(SubmissionChannels.Label));
        Assert.All(SubmissionChannels.All, c => Assert.Contains("第三十一条", ReceiptRules.Explain(c), StringComparison.Ordinal));
    }
}
