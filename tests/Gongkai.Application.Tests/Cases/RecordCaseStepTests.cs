using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using Gongkai.Reporting.Letters;

namespace Gongkai.Application.Tests.Cases;

public sealed class RecordCaseStepTests
{
    private const string Clerk = CaseFixture.Clerk;
    private static readonly DateOnly Monday = CaseFixture.Monday;

    [Fact]
    public void A_step_saved_from_a_stale_version_is_a_conflict_and_not_written()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();
        fixture.Took(c, new ConsultationStarted(Monday.AddDays(1), Clerk, ConsultationParty.OtherAgency, "青川县财政局"));

        var stale = fixture.Step(c, new Withdrawn(Monday.AddDays(2), Clerk, null));

        Assert.Equal(FailureKind.Conflict, stale.Failure?.Kind);
        Assert.Contains("2026-0001", stale.Failure!.Message, StringComparison.Ordinal);
        Assert.Null(fixture.Store.Cases.Get(c.Case.Id, CaseFixture.Own)!.Case.Outcome);
    }

    [Fact]
    public void A_step_out_of_order_is_refused_with_the_workflows_chinese_reason()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var delivered = fixture.Step(c, new Delivered(Monday.AddDays(1), Clerk, "当面"));
        var early = fixture.Step(c, new Withdrawn(Monday.AddDays(-1), Clerk, null));

        Assert.Equal(FailureKind.BadUsage, delivered.Failure?.Kind);
        Assert.Contains("尚未作出答复，不能登记送达。", delivered.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("送达", delivered.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("早于收到申请之日", early.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Store.Cases.Get(c.Case.Id, CaseFixture.Own)!.Version);
    }

    [Fact]
    public void A_regional_administrator_reads_the_case_but_may_not_record_a_step_and_another_unit_does_not_find_it()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var regional = fixture.Step(c, new Withdrawn(Monday, Clerk, null), CaseFixture.County);
        var read = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = CaseFixture.County, CaseId = c.Case.Id, Today = Monday });
        var other = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = Store.AccessScope.Unit(CaseFixture.Education.Code), CaseId = c.Case.Id });
        var otherStep = fixture.Step(c, new Withdrawn(Monday, Clerk, null), Store.AccessScope.Unit(CaseFixture.Education.Code));

        Assert.Equal(FailureKind.Forbidden, regional.Failure?.Kind);
        Assert.Null(read.Failure);
        Assert.False(read.Case!.CanWrite);
        Assert.Empty(read.Case.NextSteps);
        Assert.Equal(FailureKind.NotFound, other.Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, otherStep.Failure?.Kind);
    }

    [Fact]
    public void A_supplement_restarts_the_period_from_its_receipt_and_only_supplement_lapse_or_withdrawal_are_offered_meanwhile()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var waiting = fixture.Took(c, new CorrectionRequested(Monday.AddDays(2), Clerk, "请写明所需信息的文号", Monday.AddDays(11)));
        var supplied = fixture.Took(waiting, new CorrectionSupplied(Monday.AddDays(8), Clerk));

        Assert.Equal(["补正收到", "补正逾期", "撤回"], waiting.NextSteps.Select(s => s.Label));
        var expected = WorkingDays.Add(Monday.AddDays(8), 20, WorkingCalendar.Official);
        Assert.Equal(expected, supplied.Due);
        Assert.Equal(expected, fixture.Store.Cases.Get(c.Case.Id, CaseFixture.Own)!.Due);
        Assert.DoesNotContain(supplied.NextSteps, s => s.Kind == CaseStepKind.CorrectionRequested);
    }

    [Fact]
    public void An_extension_adds_its_working_days_and_a_consultation_pauses_the_clock()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var extended = fixture.Took(c, new Extended(Monday.AddDays(14), Clerk, 15, "李某某", "需调取档案"));
        var consulting = fixture.Took(extended, new ConsultationStarted(Monday.AddDays(15), Clerk, ConsultationParty.ThirdParty, "青川县某某化工有限公司"));
        var answered = fixture.Took(consulting, new ConsultationAnswered(Monday.AddDays(22), Clerk, ConsultationParty.ThirdParty));

        Assert.Equal(WorkingDays.Add(Monday, 35, WorkingCalendar.Official), extended.Due);
        Assert.Equal(15, extended.Deadline.ExtensionWorkingDays);
        Assert.True(answered.Due > extended.Due);
        Assert.Single(answered.Deadline.Pauses);
        Assert.Equal(answered.Due, fixture.Store.Cases.Get(c.Case.Id, CaseFixture.Own)!.Due);
    }

    [Fact]
    public void The_wait_for_a_fee_is_not_counted_and_the_payment_fixes_the_due_date()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var noticed = fixture.Took(c, new FeeNoticed(Monday.AddDays(3), Clerk, FeeMode.PerVolume, 120, FeeCalculator.PerVolume(120)));
        var paid = fixture.Took(noticed, new FeePaid(Monday.AddDays(14), Clerk));

        Assert.Equal([CaseStepKind.FeePaid, CaseStepKind.FeeLapsed, CaseStepKind.Withdrawn], noticed.NextSteps.Select(s => s.Kind));
        Assert.Single(paid.Deadline.Pauses);
        Assert.True(paid.Due > c.Due);
        Assert.Equal(paid.Due, fixture.Store.Cases.Get(c.Case.Id, CaseFixture.Own)!.Due);
    }

    [Theory]
    [InlineData("decided", CaseOutcome.WithheldStateSecret)]
    [InlineData("withdrawn", CaseOutcome.Other)]
    [InlineData("correctionLapsed", CaseOutcome.NoCorrection)]
    [InlineData("feeLapsed", CaseOutcome.UnpaidFee)]
    public void Each_closing_step_stores_its_outcome_and_closing_day_and_then_only_delivery_is_offered(string how, CaseOutcome outcome)
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();
        var day = Monday.AddDays(16);
        c = how switch
        {
            "correctionLapsed" => fixture.Took(c, new CorrectionRequested(Monday.AddDays(1), Clerk, "请补充身份证明", Monday.AddDays(10))),
            "feeLapsed" => fixture.Took(c, new FeeNoticed(Monday.AddDays(1), Clerk, FeeMode.PerVolume, 120, FeeCalculator.PerVolume(120))),
            _ => c,
        };

        CaseStep closing = how switch
        {
            "decided" => new Decided(day, Clerk, outcome, CaseOutcomes.Basis(outcome), "属于国家秘密"),
            "withdrawn" => new Withdrawn(day, Clerk, "申请人撤回"),
            "correctionLapsed" => new CorrectionLapsed(day, Clerk),
            _ => new FeeLapsed(day, Clerk),
        };
        var closed = fixture.Took(c, closing);

        var summary = fixture.Store.Cases.List(new Store.Cases.CaseQuery(), CaseFixture.Own).Single();
        Assert.Equal(outcome, summary.Outcome);
        Assert.Equal(day, summary.ClosedOn);
        Assert.Equal(CaseOutcomes.Label(outcome), closed.OutcomeLabel);
        Assert.Equal([CaseStepKind.Delivered], closed.NextSteps.Select(s => s.Kind));
        var delivered = fixture.Took(closed, new Delivered(day.AddDays(1), Clerk, "邮寄"));
        Assert.Empty(delivered.NextSteps);
        Assert.Equal(closed.Due, delivered.Due);
    }

    [Fact]
    public void A_decision_recorded_with_its_letter_stores_the_answer_of_its_outcome()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var result = fixture.Step(c, new Decided(Monday.AddDays(7), Clerk, CaseOutcome.Granted, CaseOutcomes.Basis(CaseOutcome.Granted), null), letter: true);

        Assert.Null(result.Failure);
        Assert.Equal(LetterKind.AnswerGranted, result.Letter!.Kind);
        Assert.Equal("政府信息公开申请答复书（予以公开）-2026-0001.docx", result.Letter.FileName);
        Assert.Contains("2026年3月9日", CaseFixture.Text(result.Letter.Docx), StringComparison.Ordinal);
        Assert.Single(result.Case!.Letters);
    }
}
