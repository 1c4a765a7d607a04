using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

public sealed class LetterKindsTests
{
    [Theory]
    [InlineData(LetterKind.Acknowledgement, "受理回执")]
    [InlineData(LetterKind.CorrectionNotice, "补正告知书")]
    [InlineData(LetterKind.ExtensionNotice, "延期答复告知书")]
    [InlineData(LetterKind.ThirdPartyConsultation, "征求第三方意见书")]
    [InlineData(LetterKind.FeeNotice, "收费通知书")]
    [InlineData(LetterKind.AnswerGranted, "政府信息公开申请答复书（予以公开）")]
    [InlineData(LetterKind.AnswerWithheld, "政府信息公开申请答复书（不予公开）")]
    [InlineData(LetterKind.AnswerOther, "政府信息公开申请答复书（其他处理）")]
    public void Titles_a_letter_as_agencies_name_it(LetterKind kind, string title)
    {
        Assert.Equal(title, LetterKinds.Title(kind));
    }

    [Fact]
    public void Every_kind_has_its_own_title_and_six_are_answers()
    {
        Assert.Equal(11, LetterKinds.All.Select(LetterKinds.Title).Distinct().Count());
        Assert.Equal(6, LetterKinds.All.Count(LetterKinds.IsAnswer));
    }

    [Fact]
    public void An_undefined_kind_is_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterKinds.Title((LetterKind)99));
    }
}
