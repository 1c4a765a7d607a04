using Gongkai.Application.Cases;
using Gongkai.Application.Cases.Appeals;
using Gongkai.Core.Cases;

namespace Gongkai.Application.Tests.Cases;

public sealed class RecordAppealTests
{
    [Fact]
    public void An_appeal_is_recorded_pending_then_updated_with_its_result_and_shown_on_the_case()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Took(fixture.Register(), new Decided(new DateOnly(2026, 3, 9), CaseFixture.Clerk, CaseOutcome.WithheldProcess, CaseOutcomes.Basis(CaseOutcome.WithheldProcess), "过程性信息"));

        var filed = RecordAppeal.Run(fixture.Store, Options(c.Case.Id) with { Filed = new DateOnly(2026, 4, 20) });
        var decided = RecordAppeal.Run(fixture.Store, Options(c.Case.Id) with
        {
            AppealId = filed.Appeal!.Id, Filed = new DateOnly(2026, 4, 20), Result = AppealResult.Corrected, Decided = new DateOnly(2026, 6, 1),
        });
        var view = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = CaseFixture.Own, CaseId = c.Case.Id }).Case!;

        Assert.Null(filed.Failure);
        Assert.Null(decided.Failure);
        Assert.Equal(AppealResult.Corrected, view.Appeals.Single().Result);
        Assert.Equal("结果纠正", AppealLabels.Result(view.Appeals.Single().Result));
    }

    [Fact]
    public void A_result_without_its_decision_day_or_a_regional_administrator_is_refused()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var noDay = RecordAppeal.Run(fixture.Store, Options(c.Case.Id) with { Result = AppealResult.Upheld });
        var regional = RecordAppeal.Run(fixture.Store, Options(c.Case.Id) with { Scope = CaseFixture.County });

        Assert.Equal(FailureKind.BadUsage, noDay.Failure?.Kind);
        Assert.Contains("审结日期", noDay.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(FailureKind.Forbidden, regional.Failure?.Kind);
        Assert.Equal(AppealKind.LitigationAfterReconsideration, AppealLabels.ParseKind("复议后起诉"));
        Assert.Equal(AppealKind.Reconsideration, AppealLabels.ParseKind("复议"));
        Assert.Equal(AppealKind.LitigationDirect, AppealLabels.ParseKind("行政诉讼·未经复议直接起诉"));
        Assert.Equal(AppealResult.Pending, AppealLabels.ParseResult("尚未审结"));
    }

    private static RecordAppealOptions Options(string caseId) => new()
    {
        Scope = CaseFixture.Own,
        User = CaseFixture.Clerk,
        CaseId = caseId,
        Kind = AppealKind.Reconsideration,
        Filed = new DateOnly(2026, 3, 20),
    };
}
