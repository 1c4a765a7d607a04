using Gongkai.Core.Cases;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseTimelineTests
{
    private static readonly DateOnly AsOf = Day(2024, 6, 30);

    [Fact]
    public void The_clock_starts_at_receipt_without_pauses_or_extension()
    {
        var basis = CaseTimeline.Of(NewCase(received: Day(2024, 9, 27)), feeWaitPauses: true, Day(2024, 10, 30));

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

        Assert.Equal(Day(2024, 3, 18), CaseTimeline.Of(c, feeWaitPauses: true, AsOf).Received);
    }

    [Fact]
    public void Consultations_are_paused_answered_or_up_to_the_as_of_day()
    {
        var c = NewCase().Then(
            new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"),
            new ConsultationStarted(Day(2024, 3, 6), Clerk, ConsultationParty.OtherAgency, "某某市某某委员会"),
            new ConsultationAnswered(Day(2024, 3, 19), Clerk, ConsultationParty.ThirdParty),
            new Extended(Day(2024, 3, 25), Clerk, 15, "王主任", "需调取档案"));

        var basis = CaseTimeline.Of(c, feeWaitPauses: false, Day(2024, 4, 2));

        Assert.Equal(
            [(Day(2024, 3, 5), Day(2024, 3, 19)), (Day(2024, 3, 6), Day(2024, 4, 2))],
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

        var paused = CaseTimeline.Of(c, feeWaitPauses: true, AsOf);
        var counted = CaseTimeline.Of(c, feeWaitPauses: false, AsOf);

        Assert.Equal((Day(2024, 3, 8), Day(2024, 3, 15)), (paused.Pauses.Single().From, paused.Pauses.Single().To));
        Assert.Contains("假定", paused.Pauses.Single().Reason, StringComparison.Ordinal);
        Assert.Empty(counted.Pauses);
    }

    [Fact]
    public void An_unpaid_fee_notice_pauses_up_to_the_as_of_day()
    {
        var c = NewCase().Then(new FeeNoticed(Day(2024, 3, 8), Clerk, FeeMode.PerItem, 11, 100m));

        Assert.Equal(Day(2024, 3, 30), CaseTimeline.Of(c, feeWaitPauses: true, Day(2024, 3, 30)).Pauses.Single().To);
    }
}
