using static Gongkai.Reporting.Letters.LetterDefinitions;
using static Gongkai.Reporting.Letters.LetterFields;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// The 救济途径 sentence every answer letter carries (条例 art. 51: 行政复议 or 行政诉讼): 行政复议 within 60 days of
/// receiving the answer (行政复议法 art. 20), 行政诉讼 within 6 months (行政诉讼法 art. 46).
/// </summary>
/// <remarks>
/// Since 1 January 2024 行政复议法 (2023 revision) art. 23 ¶1(四) requires 行政复议 first when an application for
/// disclosure is refused (申请政府信息公开，行政机关不予公开); a suit then lies within 15 days of the 复议决定
/// (行政诉讼法 art. 45). The 不予公开 letter therefore names 复议 first, and the 部分公开 letter does so for its withheld part.
/// Legal staff should confirm the wording for their province (docs/letters.md).
/// </remarks>
internal static class LetterRemedies
{
    private const string Laws = "如对本答复不服，可以依照《中华人民共和国政府信息公开条例》第五十一条和《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》的规定，";

    /// <summary>复议 or a direct suit.</summary>
    public static readonly string Direct =
        Laws + $"自收到本答复之日起60日内向{P(ReconsiderationBody)}申请行政复议，或者自收到本答复之日起6个月内向{P(Court)}提起行政诉讼。";

    /// <summary>复议 first (行政复议法 art. 23 ¶1(四)).</summary>
    public static readonly string ReconsiderationFirst =
        Laws + $"自收到本答复之日起60日内向{P(ReconsiderationBody)}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内向{P(Court)}提起行政诉讼。";

    /// <summary>复议 first for the withheld part, a direct suit within 6 months for the rest.</summary>
    public static readonly string PartlyReconsiderationFirst =
        Laws + $"自收到本答复之日起60日内向{P(ReconsiderationBody)}申请行政复议；其中对不予公开部分的行政复议决定不服的，可以自收到行政复议决定书之日起15日内向{P(Court)}提起行政诉讼；对其余部分不服的，也可以自收到本答复之日起6个月内直接向{P(Court)}提起行政诉讼。";
}
