using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseClockWarningsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Official;
    private static readonly ClockSettings Settings = ClockSettings.Default;

    [Fact]
    public void A_correction_notice_sent_on_the_eighth_working_day_is_late_under_article_30()
    {
        // Received Mon 2024-03-04; the 7th working day is Wed 2024-03-13, the 8th Thu 2024-03-14.
        var onTime = NewCase().Then(new CorrectionRequested(Day(2024, 3, 13), Clerk, "请写明文号", Day(2024, 3, 27)));
        var late = NewCase().Then(new CorrectionRequested(Day(2024, 3, 14), Clerk, "请写明文号", Day(2024, 3, 27)));

        Assert.Empty(CaseClockWarnings.Of(onTime, Calendar, Settings, Day(2024, 3, 14)));
        var warning = Assert.Single(CaseClockWarnings.Of(late, Calendar, Settings, Day(2024, 3, 14)));
        Assert.Contains("第 8 个工作日", warning, StringComparison.Ordinal);
        Assert.Contains("第三十条", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_supplement_period_run_out_suggests_recording_the_lapse_until_it_is_recorded()
    {
        var waiting = NewCase().Then(new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)));
        var lapsed = waiting.Then(new CorrectionLapsed(Day(2024, 3, 21), Clerk));

        Assert.Empty(CaseClockWarnings.Of(waiting, Calendar, Settings, Day(2024, 3, 20)));
        Assert.Contains("逾期未补正", Assert.Single(CaseClockWarnings.Of(waiting, Calendar, Settings, Day(2024, 3, 21))), StringComparison.Ordinal);
        Assert.Empty(CaseClockWarnings.Of(lapsed, Calendar, Settings, Day(2024, 4, 1)));
    }

    [Fact]
    public void An_unanswered_consultation_past_fifteen_working_days_says_what_the_article_provides()
    {
        var third = NewCase().Then(new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"));
        var agency = NewCase().Then(new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.OtherAgency, "某某市某某委员会"));

        Assert.Empty(CaseClockWarnings.Of(third, Calendar, Settings, Day(2024, 3, 26)));
        var thirdWarning = Assert.Single(CaseClockWarnings.Of(third, Calendar, Settings, Day(2024, 3, 27)));
        Assert.Contains("第三十二条", thirdWarning, StringComparison.Ordinal);
        Assert.Contains("2024-03-26", thirdWarning, StringComparison.Ordinal);
        Assert.Contains("视为同意", Assert.Single(CaseClockWarnings.Of(agency, Calendar, Settings, Day(2024, 3, 27))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unpaid_fee_past_the_payment_period_suggests_recording_the_non_payment()
    {
        var c = NewCase().Then(new FeeNoticed(Day(2024, 3, 8), Clerk, FeeMode.PerItem, 11, 100m));
        var due = CaseTimeline.PaymentDue(c.Steps.OfType<FeeNoticed>().Single(), Calendar, Settings);

        Assert.Empty(CaseClockWarnings.Of(c, Calendar, Settings, due));
        Assert.Contains("逾期未缴费", Assert.Single(CaseClockWarnings.Of(c, Calendar, Settings, due.AddDays(1))), StringComparison.Ordinal);
        Assert.Empty(CaseClockWarnings.Of(c.Then(new FeePaid(due, Clerk)), Calendar, Settings, due.AddDays(30)));
    }

    [Fact]
    public void The_case_deadline_carries_the_case_warnings()
    {
        var c = NewCase().Then(new CorrectionRequested(Day(2024, 3, 14), Clerk, "请写明文号", Day(2024, 3, 27)));

        Assert.Contains(CaseClock.Deadline(c, Calendar, Settings, Day(2024, 3, 14)).Warnings, w => w.Contains("第三十条", StringComparison.Ordinal));
    }
}
