using Gongkai.Core.Cases.Clock;
using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using static Gongkai.Core.Tests.Cases.CaseFixtures;

namespace Gongkai.Core.Tests.Cases;

public sealed class CaseWorkflowTests
{
    private static readonly DateOnly Received = Day(2024, 3, 4);

    public static TheoryData<CaseOutcome> DecidedOutcomes => [.. CaseOutcomes.All.Where(o => o is not (CaseOutcome.NoCorrection or CaseOutcome.UnpaidFee))];

    [Theory]
    [MemberData(nameof(DecidedOutcomes))]
    public void A_decision_closes_the_case_in_its_outcome_row(CaseOutcome outcome)
    {
        var c = NewCase();
        if (outcome == CaseOutcome.UnavailableUnclear)
        {
            c = c.Then(new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文件名称或文号", Day(2024, 3, 20)), new CorrectionSupplied(Day(2024, 3, 15), Clerk));
        }

        c = c.Then(Decide(Day(2024, 3, 25), outcome), new Delivered(Day(2024, 3, 26), Clerk, "电子邮件"));

        Assert.Equal(outcome, c.Outcome);
        Assert.Equal(Day(2024, 3, 25), c.ClosedOn);
        Assert.Equal(CaseOutcomes.Row(outcome, TemplateVersion.V2021), RowOf(c, TemplateVersion.V2021));
    }

    [Fact]
    public void A_correction_lapse_closes_as_no_correction_in_row_six_one()
    {
        var c = NewCase().Then(
            new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文件名称或文号", Day(2024, 3, 20)),
            new CorrectionLapsed(Day(2024, 3, 21), Clerk));

        Assert.Equal(CaseOutcome.NoCorrection, c.Outcome);
        Assert.Equal(RequestsTemplate.OtherNoCorrection, RowOf(c, TemplateVersion.V2021));
    }

    [Fact]
    public void A_fee_lapse_closes_as_unpaid_fee_in_row_six_two()
    {
        var c = NewCase().Then(
            new FeeNoticed(Day(2024, 3, 8), Clerk, FeeMode.PerVolume, 150, FeeCalculator.PerVolume(150)),
            new FeeLapsed(Day(2024, 4, 10), Clerk));

        Assert.Equal(CaseOutcome.UnpaidFee, c.Outcome);
        Assert.Equal("other.unpaidFee", RowOf(c, TemplateVersion.V2021).Value);
    }

    [Fact]
    public void A_withdrawal_closes_as_other_in_row_six_three()
    {
        var c = NewCase().Then(new Withdrawn(Day(2024, 3, 8), Clerk, "申请人已另行获取"));

        Assert.Equal(CaseOutcome.Other, c.Outcome);
        Assert.Equal(RequestsTemplate.OtherOther, RowOf(c, TemplateVersion.V2021));
    }

    [Fact]
    public void In_the_2019_edition_every_lapse_and_withdrawal_is_other_handling()
    {
        var lapsed = NewCase().Then(new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)), new CorrectionLapsed(Day(2024, 3, 21), Clerk));
        var withdrawn = NewCase().Then(new Withdrawn(Day(2024, 3, 8), Clerk, null));

        Assert.Equal(RequestsTemplate.OtherHandling, RowOf(lapsed, TemplateVersion.V2019));
        Assert.Equal(RequestsTemplate.OtherHandling, RowOf(withdrawn, TemplateVersion.V2019));
    }

    [Fact]
    public void Paid_fee_consultation_and_extension_leave_the_case_open_until_decided()
    {
        var c = NewCase().Then(
            new ConsultationStarted(Day(2024, 3, 5), Clerk, ConsultationParty.ThirdParty, "某某科技有限公司"),
            new ConsultationAnswered(Day(2024, 3, 20), Clerk, ConsultationParty.ThirdParty),
            new Extended(Day(2024, 3, 25), Clerk, 20, "王主任", "需调取档案"),
            new FeeNoticed(Day(2024, 3, 26), Clerk, FeeMode.PerItem, 12, FeeCalculator.PerItem(0, 12)),
            new FeePaid(Day(2024, 3, 28), Clerk));

        Assert.Null(c.Outcome);
        Assert.True(c.IsOpenOn(Day(2024, 12, 31)));
        Assert.False(c.IsOpenOn(Day(2024, 3, 3)));
    }

    [Fact]
    public void After_closing_only_one_delivery_is_allowed()
    {
        var c = NewCase().Then(Decide(Day(2024, 3, 8), CaseOutcome.Granted));

        Assert.Equal(["本申请已于 2024-03-08 办结（（一）予以公开），此后只能登记送达。"], CaseWorkflow.Check(c, new Withdrawn(Day(2024, 3, 9), Clerk, null)));
        var delivered = c.Then(new Delivered(Day(2024, 3, 9), Clerk, "当面"));
        Assert.Equal(["本申请已登记送达，不能重复登记。"], CaseWorkflow.Check(delivered, new Delivered(Day(2024, 3, 10), Clerk, "邮寄")));
    }

    [Fact]
    public void Delivery_before_a_decision_is_refused()
    {
        Assert.Equal(["尚未作出答复，不能登记送达。"], CaseWorkflow.Check(NewCase(), new Delivered(Day(2024, 3, 9), Clerk, "当面")));
    }

    [Fact]
    public void Only_one_extension_of_at_most_the_setting_is_allowed()
    {
        var extended = NewCase().Then(new Extended(Day(2024, 3, 20), Clerk, 20, "王主任", "需调取档案"));

        Assert.Equal(["答复期限只能延长一次（条例第三十三条）。"], CaseWorkflow.Check(extended, new Extended(Day(2024, 3, 21), Clerk, 5, "王主任", "仍需调取")));
        Assert.Equal(
            ["延长的期限应为 1 至 20 个工作日（条例第三十三条），所填为 21 个工作日。"],
            CaseWorkflow.Check(NewCase(), new Extended(Day(2024, 3, 20), Clerk, 21, "王主任", "需调取档案")));
        Assert.Single(CaseWorkflow.Check(NewCase(), new Extended(Day(2024, 3, 20), Clerk, 15, "王主任", "需调取档案"), new ClockSettings { MaxExtensionWorkingDays = 10 }));
        Assert.Contains("须填写批准人", CaseWorkflow.Check(NewCase(), new Extended(Day(2024, 3, 20), Clerk, 10, " ", "需调取档案")).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Supplement_and_payment_need_their_notice()
    {
        Assert.Equal(["尚未发出补正告知，不能登记补正材料。"], CaseWorkflow.Check(NewCase(), new CorrectionSupplied(Day(2024, 3, 9), Clerk)));
        Assert.Equal(["没有待缴费的收费通知。"], CaseWorkflow.Check(NewCase(), new FeePaid(Day(2024, 3, 9), Clerk)));
        Assert.Equal(["没有未答复的第三方意见征询。"], CaseWorkflow.Check(NewCase(), new ConsultationAnswered(Day(2024, 3, 9), Clerk, ConsultationParty.ThirdParty)));
    }

    [Fact]
    public void A_correction_is_requested_once_and_lapses_only_after_its_period()
    {
        var c = NewCase().Then(new CorrectionRequested(Day(2024, 3, 6), Clerk, "请写明文号", Day(2024, 3, 20)));

        Assert.Equal(["补正期限至 2024-03-20 届满，此前不能登记逾期未补正。"], CaseWorkflow.Check(c, new CorrectionLapsed(Day(2024, 3, 20), Clerk)));
        Assert.Contains(CaseWorkflow.Check(c.Then(new CorrectionSupplied(Day(2024, 3, 10), Clerk)), new CorrectionRequested(Day(2024, 3, 11), Clerk, "再补", Day(2024, 3, 30))),
            r => r.Contains("一次性告知", StringComparison.Ordinal));
        Assert.Equal(["正在等待申请人补正，此时只能登记补正材料、逾期未补正或撤回申请。"], CaseWorkflow.Check(c, Decide(Day(2024, 3, 10), CaseOutcome.Granted)));
    }

    [Fact]
    public void Unclear_after_correction_needs_a_correction_and_lapses_are_not_decisions()
    {
        Assert.Equal(["“补正后申请内容仍不明确”须在申请人补正之后才能作出。"], CaseWorkflow.Check(NewCase(), Decide(Day(2024, 3, 10), CaseOutcome.UnavailableUnclear)));
        Assert.Equal(["逾期未缴费应登记为“逾期未缴费”步骤，而不是答复。"], CaseWorkflow.Check(NewCase(), Decide(Day(2024, 3, 10), CaseOutcome.UnpaidFee)));
    }

    [Fact]
    public void Dates_before_receipt_or_the_previous_step_and_a_missing_clerk_are_refused()
    {
        var c = NewCase().Then(new ConsultationStarted(Day(2024, 3, 10), Clerk, ConsultationParty.OtherAgency, "某某市某某委员会"));

        Assert.Equal(
            ["须填写经办人。", "日期 2024-03-01 早于收到申请之日 2024-03-04。", "日期 2024-03-01 早于上一步骤的日期 2024-03-10。"],
            CaseWorkflow.Check(c, new Withdrawn(Day(2024, 3, 1), "", null)));
    }

    [Fact]
    public void Apply_throws_with_the_reasons()
    {
        var error = Assert.Throws<CaseStepException>(() => CaseWorkflow.Apply(NewCase(), new FeeLapsed(Day(2024, 3, 9), Clerk)));

        Assert.Equal(["没有待缴费的收费通知。"], error.Reasons);
        Assert.Equal(Received, NewCase().Received);
    }

    private static RowKey RowOf(RequestCase c, TemplateVersion edition)
    {
        var result = CaseTables.Build([c], [], c.ClosedOn!.Value.Year, edition);
        var row = result.Requests.Rows.Single(r => RequestsTemplate.OutcomeRows(edition).Any(o => o.Key == r.Key) && r[RequestsTemplate.TotalColumn]!.Value == 1);
        return new RowKey(row.Key);
    }
}
