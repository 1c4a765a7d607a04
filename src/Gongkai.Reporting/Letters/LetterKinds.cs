namespace Gongkai.Reporting.Letters;

/// <summary>The Chinese title of each <see cref="LetterKind"/>, as lists and file names show it.</summary>
public static class LetterKinds
{
    /// <summary>Every kind, in the order of the steps of a case.</summary>
    public static IReadOnlyList<LetterKind> All { get; } = Enum.GetValues<LetterKind>();

    /// <summary>The letter's title, e.g. <c>受理回执</c> or <c>政府信息公开申请答复书（予以公开）</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string Title(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "受理回执",
        LetterKind.CorrectionNotice => "补正告知书",
        LetterKind.ExtensionNotice => "延期答复告知书",
        LetterKind.ThirdPartyConsultation => "征求第三方意见书",
        LetterKind.FeeNotice => "收费通知书",
        LetterKind.AnswerGranted => Answer("予以公开"),
        LetterKind.AnswerPartial => Answer("部分公开"),
        LetterKind.AnswerWithheld => Answer("不予公开"),
        LetterKind.AnswerUnavailable => Answer("无法提供"),
        LetterKind.AnswerRejected => Answer("不予处理"),
        LetterKind.AnswerOther => Answer("其他处理"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether <paramref name="kind"/> is an answer letter (条例 art. 36), which carries the 救济途径.</summary>
    public static bool IsAnswer(LetterKind kind) => kind >= LetterKind.AnswerGranted;

    private static string Answer(string outcome) => AnswerTitle + "（" + outcome + "）";

    /// <summary>The heading every answer letter prints.</summary>
    internal const string AnswerTitle = "政府信息公开申请答复书";
}
