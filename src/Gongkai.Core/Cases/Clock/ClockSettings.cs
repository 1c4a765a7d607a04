namespace Gongkai.Core.Cases.Clock;

/// <summary>
/// The numbers of days the clock works with. The statutory ones come from the 条例; those marked ASSUMPTION are
/// not written in any official text found (docs/cases.md, "The clock") and are settings so that an agency can
/// change them.
/// </summary>
public sealed record ClockSettings
{
    /// <summary>The defaults: the 条例's periods and the assumptions as docs/cases.md states them.</summary>
    public static ClockSettings Default { get; } = new();

    /// <summary>条例 art. 33: the answer is due within 20 working days of the receipt date.</summary>
    public int AnswerWorkingDays { get; init; } = 20;

    /// <summary>条例 art. 33: one extension of at most 20 working days.</summary>
    public int MaxExtensionWorkingDays { get; init; } = 20;

    /// <summary>条例 art. 30: the 补正 notice is due within 7 working days of receipt.</summary>
    public int CorrectionNoticeWorkingDays { get; init; } = 7;

    /// <summary>条例 art. 32 and 34: a third party or another agency has 15 working days to give its opinion.</summary>
    public int ConsultationWorkingDays { get; init; } = 15;

    /// <summary>
    /// ASSUMPTION (docs/cases.md §6, not written in the 条例): the receipt day is day 0 and day 1 is the next working
    /// day, as in the civil-law rule for periods. <see langword="false"/>: the receipt day counts as day 1 when it is
    /// a working day.
    /// </summary>
    public bool ReceiptDayIsDayZero { get; init; } = true;

    /// <summary>
    /// ASSUMPTION (docs/cases.md §4, from a provincial implementing notice): the applicant pays a fee within 20
    /// working days from the day after receiving the fee notice; unpaid, the application is treated as abandoned.
    /// </summary>
    public int FeePaymentWorkingDays { get; init; } = 20;

    /// <summary>
    /// ASSUMPTION (docs/cases.md §4): the days spent waiting for a fee to be paid do not count in the answer period,
    /// so the case adds them to <see cref="ClockInputs.Pauses"/>.
    /// </summary>
    public bool FeeWaitPausesClock { get; init; } = true;
}
