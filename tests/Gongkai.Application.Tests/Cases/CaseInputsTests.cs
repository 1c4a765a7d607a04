using Gongkai.Application.Cases;
using Gongkai.Core.Cases;

namespace Gongkai.Application.Tests.Cases;

public sealed class CaseInputsTests
{
    [Fact]
    public void Choices_are_read_by_their_labels_or_a_unique_part_and_an_ambiguous_or_unknown_text_lists_the_choices()
    {
        Assert.Equal(SubmissionChannel.OnlinePlatform, CaseInputs.Channel("网络平台", out _));
        Assert.Equal(ApplicantKind.Commercial, CaseInputs.ApplicantKind("商业企业", out _));
        Assert.Equal(CaseOutcome.WithheldStateSecret, CaseInputs.Outcome("国家秘密", out _));
        Assert.Equal(CaseOutcome.Granted, CaseInputs.Outcome("予以公开", out _));
        Assert.Equal(FeeMode.PerVolume, CaseInputs.Fee("按量", out _));

        Assert.Null(CaseInputs.Outcome("其他", out var ambiguous));
        Assert.Contains("不明确", ambiguous, StringComparison.Ordinal);
        Assert.Null(CaseInputs.Channel("快递", out var unknown));
        Assert.Contains("可选：当面", unknown, StringComparison.Ordinal);
    }
}
