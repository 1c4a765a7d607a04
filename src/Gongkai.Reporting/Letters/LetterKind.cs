namespace Gongkai.Reporting.Letters;

/// <summary>The documents (文书) a disclosure office sends while handling an application (依申请公开), one per step or outcome.</summary>
/// <remarks>Titles in <see cref="LetterKinds.Title"/>; default wording in <see cref="LetterTemplates.Default"/>.</remarks>
public enum LetterKind
{
    /// <summary>受理回执: the receipt of an application (条例 art. 29, 31, 33).</summary>
    Acknowledgement,

    /// <summary>补正告知书: the one notice asking for all points to supplement (条例 art. 30).</summary>
    CorrectionNotice,

    /// <summary>延期答复告知书: the one extension of the answer period (条例 art. 33 ¶2).</summary>
    ExtensionNotice,

    /// <summary>征求第三方意见书: the written consultation of a third party (条例 art. 32).</summary>
    ThirdPartyConsultation,

    /// <summary>收费通知书: the information processing fee (条例 art. 42, 国办函〔2020〕109号).</summary>
    FeeNotice,

    /// <summary>答复书（予以公开）: the information is provided or its place told (条例 art. 36(一)(二)).</summary>
    AnswerGranted,

    /// <summary>答复书（部分公开）: provided after separating what may not be disclosed (条例 art. 37).</summary>
    AnswerPartial,

    /// <summary>答复书（不予公开）: withheld, with the article and reason (条例 art. 36(三), 14, 15, 16).</summary>
    AnswerWithheld,

    /// <summary>答复书（无法提供）: not held, not this agency's, needs new processing, still unclear (条例 art. 36(四)(五), 38, 30).</summary>
    AnswerUnavailable,

    /// <summary>答复书（不予处理）: 信访/投诉/举报, repeated, publications, mass repetition (条例 art. 36(六), 39, 35).</summary>
    AnswerRejected,

    /// <summary>答复书（其他处理）: any other ending, e.g. no 补正 or unpaid fee (条例 art. 30, 42).</summary>
    AnswerOther,
}
