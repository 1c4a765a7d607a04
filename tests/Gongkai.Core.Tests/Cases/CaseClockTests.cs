using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

/// <summary>A case's deadline is the one `gongkai deadline` gives for the same receipt, pauses and extension.</summary>
public sealed class CaseClockTests
{
    [Fact]
    public void A_case_with_a_third_party_consultation_is_due_as_the_command_computes()
    {
        // gongkai deadline --received 2024-09-27 --pause 2024-10-08..2024-10-21 → 2024-11-14 (AnswerDeadlineTests).
        var c = NewCase(received: Day(2024, 9, 27)).Then(
            new ConsultationStarted(Day(2024, 10, 8), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"),
            new ConsultationAnswered(Day(2024, 10, 21), Clerk, ConsultationParty.ThirdParty));

        var deadline = CaseClock.Deadline(c, WorkingCalendar.Official, ClockSettings.Default, Day(2024, 11, 1));

        Assert.Equal(Day(2024, 11, 14), deadline.Due);
        Assert.Contains(deadline.Pauses, p => p.From == Day(2024, 10, 8) && p.To == Day(2024, 10, 21) && p.Reason.Contains("第三方", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extension_and_a_supplement_move_the_deadline()
    {
        // 补正: the period runs from the supplement (2024-03-18); 20 working days → 2024-04-16 (清明 04-04…06, 04-07 a
        // working Sunday); 15 more → 2024-05-09 (04-17…19, 22…26, the working Sunday 04-28, 29, 30, then after 劳动节
        // 05-01…05: 06, 07, 08, 09).
        var c = NewCase(received: Day(2024, 3, 4)).Then(
            new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)),
            new CorrectionSupplied(Day(2024, 3, 18), Clerk),
            new Extended(Day(2024, 4, 10), Clerk, 15, "王主任", "需调取档案"));

        var withExtension = CaseClock.Deadline(c, WorkingCalendar.Official, ClockSettings.Default, Day(2024, 4, 10));
        var without = AnswerDeadline.Compute(new ClockInputs(Day(2024, 3, 18), []), WorkingCalendar.Official, ClockSettings.Default);

        Assert.Equal(Day(2024, 3, 18), withExtension.Received);
        Assert.Equal(20 + 15, withExtension.Counted.Count);
        Assert.Equal(Day(2024, 4, 16), without.Due);
        Assert.Equal(Day(2024, 5, 9), withExtension.Due);
        Assert.Equal(15, WorkingDays.Count(without.Due, withExtension.Due, WorkingCalendar.Official));
    }
}
