using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseTimelineTests
{
    private static readonly DateOnly AsOf = Day(2024, 6, 30);
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;
    private static readonly ClockSettings FeeWaitPaused = ClockSettings.Default;
    private static readonly ClockSettings FeeWaitCounted = ClockSettings.Default with { FeeWaitPausesClock = false };

    [Fact]
    public void The_clock_starts_at_receipt_without_pauses_or_extension()
    {
        var basis = CaseTimeline.Of(NewCase(received: Day(2024, 9, 27)), Calendar, FeeWaitPaused);

        Assert.Equal(Day(2024, 9, 27), basis.Received);
        Assert.Empty(basis.Pauses);
        Assert.Equal(0, basis.ExtensionWorkingDays);
    }

    [Fact]
    public void After_a_correction_the_clock_restarts_when_the_supplement_is_received()
    {
        var c = NewCase().Then(
            new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)),
            new CorrectionSupplied(Day(2024, 3, 18), Clerk));

        Assert.Equal(Day(2024, 3, 18), CaseTimeline.Of(c, Calendar, FeeWaitPaused).Received);
    }

    [Fact]
    public void Consultations_are_paused_until_answered_or_at_most_their_fifteen_working_days()
    {
        var c = NewCase().Then(
            new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"),
            new ConsultationStarted(Day(2024, 3, 6), Clerk, ConsultationParty.OtherAgency, "某某市某某委员会"),
            new ConsultationAnswered(Day(2024, 3, 19), Clerk, ConsultationParty.ThirdParty),
            new Extended(Day(2024, 3, 25), Clerk, 15, "王主任", "需调取档案"));

        var basis = CaseTimeline.Of(c, Calendar, FeeWaitCounted);

        Assert.Equal(
            [(Day(2024, 3, 5), Day(2024, 3, 19)), (Day(2024, 3, 6), Day(2024, 3, 27))],
            basis.Pauses.Select(p => (p.From, p.To)));
        Assert.Contains("第三十二条", basis.Pauses[0].Reason, StringComparison.Ordinal);
        Assert.Contains("第三十四条", basis.Pauses[1].Reason, StringComparison.Ordinal);
        Assert.Equal(15, basis.ExtensionWorkingDays);
    }

    [Fact]
    public void The_fee_wait_is_paused_only_when_the_assumption_is_on()
    {
        var c = NewCase().Then(
            new FeeNoticed(Day(2024, 3, 8), Clerk, FeeMode.PerVolume, 150, 1700m),
            new FeePaid(Day(2024, 3, 15), Clerk));

        var paused = CaseTimeline.Of(c, Calendar, FeeWaitPaused);
        var counted = CaseTimeline.Of(c, Calendar, FeeWaitCounted);

        Assert.Equal((Day(2024, 3, 8), Day(2024, 3, 15)), (paused.Pauses.Single().From, paused.Pauses.Single().To));
        Assert.Contains("假定", paused.Pauses.Single().Reason, StringComparison.Ordinal);
        Assert.Empty(counted.Pauses);
    }

    [Fact]
    public void An_unanswered_consultation_pauses_the_clock_for_its_fifteen_working_days()
    {
        // 2024-03-05 (Tue) + 15 working days = 2024-03-26 (Tue): the party's period under 条例 art. 32; the deadline
        // is the latest the law allows while the case waits, and does not move day by day.
        var c = NewCase().Then(new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"));

        Assert.Equal(Day(2024, 3, 26), CaseTimeline.Of(c, Calendar, FeeWaitPaused).Pauses.Single().To);
    }

    [Fact]
    public void While_a_supplement_is_awaited_the_clock_waits_up_to_the_period_granted_and_restarts_at_the_supplement()
    {
        var waiting = NewCase().Then(new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)));
        var supplied = waiting.Then(new CorrectionSupplied(Day(2024, 3, 15), Clerk));

        var pause = CaseTimeline.Of(waiting, Calendar, FeeWaitPaused).Pauses.Single();
        Assert.Equal((Day(2024, 3, 6), Day(2024, 3, 20)), (pause.From, pause.To));
        Assert.Contains("第三十条", pause.Reason, StringComparison.Ordinal);
        var restarted = CaseTimeline.Of(supplied, Calendar, FeeWaitPaused);
        Assert.Equal(Day(2024, 3, 15), restarted.Received);
        Assert.Empty(restarted.Pauses);
    }

    [Fact]
    public void A_late_consultation_answer_pauses_only_up_to_the_end_of_the_period()
    {
        var c = NewCase().Then(
            new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.OtherAgency, "某某市某某委员会"),
            new ConsultationAnswered(Day(2024, 4, 10), Clerk, ConsultationParty.OtherAgency));

        Assert.Equal(Day(2024, 3, 26), CaseTimeline.Of(c, Calendar, FeeWaitPaused).Pauses.Single().To);
    }

    [Fact]
    public void An_unpaid_fee_pauses_the_clock_for_at_most_the_payment_period()
    {
        // 2024-03-08 (Fri) + 20 working days = 2024-04-08 (Mon; 清明 4-4 to 4-6, 4-7 a working Sunday).
        var c = NewCase().Then(new FeeNoticed(Day(2024, 3, 8), Clerk, FeeMode.PerItem, 11, 100m));

        var due = CaseTimeline.PaymentDue(c.Steps.OfType<FeeNoticed>().Single(), Calendar, FeeWaitPaused);

        Assert.Equal(due, CaseTimeline.Of(c, Calendar, FeeWaitPaused).Pauses.Single().To);
        Assert.Equal(20, WorkingDays.Count(Day(2024, 3, 8), due, Calendar));
    }

    [Fact]
    public void A_consultation_the_case_closed_during_is_paused_only_until_the_closing_day()
    {
        var c = NewCase().Then(
            new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"),
            new Withdrawn(Day(2024, 3, 8), Clerk, "申请人撤回"));

        Assert.Equal(Day(2024, 3, 8), CaseTimeline.Of(c, Calendar, FeeWaitPaused).Pauses.Single().To);
    }
}
