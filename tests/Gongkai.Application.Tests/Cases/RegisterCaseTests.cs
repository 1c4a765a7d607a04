using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Cases;

public sealed class RegisterCaseTests
{
    [Fact]
    public void A_case_submitted_in_person_gets_the_units_next_number_and_its_due_date_is_stored()
    {
        using var fixture = new CaseFixture();

        var first = RegisterCase.Run(fixture.Store, fixture.Registration());
        var second = fixture.Register();

        Assert.Null(first.Failure);
        Assert.Equal("2026-0001", first.Case!.Case.Number);
        Assert.Equal("2026-0002", second.Case.Number);
        Assert.Equal(CaseFixture.Monday, first.Case.Case.Received);
        Assert.Contains("第三十一条第（一）项", first.ReceiptRule, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 30), first.Case.Due);
        Assert.Equal(20, first.Case.WorkingDaysLeft);
        Assert.Equal(new DateOnly(2026, 3, 30), fixture.Store.Cases.Get(first.Case.Case.Id, CaseFixture.Own)!.Due);
        Assert.Equal(1, first.Case.Version);
    }

    [Fact]
    public void A_number_given_that_the_unit_already_uses_is_a_conflict()
    {
        using var fixture = new CaseFixture();
        fixture.Register(fixture.Registration() with { Number = "青应急依申〔2026〕1号" });

        var again = RegisterCase.Run(fixture.Store, fixture.Registration() with { Number = "青应急依申〔2026〕1号" });

        Assert.Equal(FailureKind.Conflict, again.Failure?.Kind);
        Assert.Contains("青应急依申〔2026〕1号", again.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_online_application_without_the_confirmation_date_is_refused_citing_article_31()
    {
        using var fixture = new CaseFixture();

        var result = RegisterCase.Run(fixture.Store, fixture.Registration() with { Channel = SubmissionChannel.OnlinePlatform });
        var confirmed = RegisterCase.Run(fixture.Store, fixture.Registration() with { Channel = SubmissionChannel.OnlinePlatform, Confirmed = new DateOnly(2026, 3, 3) });

        Assert.Equal(FailureKind.BadUsage, result.Failure?.Kind);
        Assert.Contains("第三十一条", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 3), confirmed.Case!.Case.Received);
        Assert.Contains("第三十一条第（三）项", confirmed.ReceiptRule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_administrator_may_not_register_and_another_units_clerk_does_not_find_the_unit()
    {
        using var fixture = new CaseFixture();

        var regional = RegisterCase.Run(fixture.Store, fixture.Registration(scope: CaseFixture.County));
        var otherUnit = RegisterCase.Run(fixture.Store, fixture.Registration(unit: CaseFixture.Education.Code));
        var outsideRegion = RegisterCase.Run(fixture.Store, fixture.Registration(unit: CaseFixture.Elsewhere.Code, scope: CaseFixture.County));

        Assert.Equal(FailureKind.Forbidden, regional.Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, otherUnit.Failure?.Kind);
        Assert.Equal(FailureKind.NotFound, outsideRegion.Failure?.Kind);
        Assert.Empty(fixture.Store.Cases.List(new Store.Cases.CaseQuery(), AccessScope.All));
    }

    [Fact]
    public void A_holiday_of_the_units_region_moves_the_due_date_but_not_that_of_a_unit_elsewhere()
    {
        using var fixture = new CaseFixture();
        fixture.Store.Cases.ReplaceCalendar("江南省", 2026, [new CalendarEntry(new DateOnly(2026, 3, 30), CalendarDayKind.Holiday, "青川县防汛日", "江南省人民政府办公厅通知（虚构）")]);

        var here = fixture.Register();
        var elsewhere = fixture.Register(fixture.Registration(unit: CaseFixture.Elsewhere.Code, scope: AccessScope.All));

        Assert.Equal(new DateOnly(2026, 3, 31), here.Due);
        Assert.Contains(here.Deadline.Skipped, s => s.Date == new DateOnly(2026, 3, 30) && s.Reason.Contains("青川县防汛日", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 3, 30), elsewhere.Due);
    }

    [Fact]
    public void Registering_with_an_acknowledgement_stores_the_receipt_letter_on_the_case()
    {
        using var fixture = new CaseFixture();

        var result = RegisterCase.Run(fixture.Store, fixture.Registration() with { Acknowledge = true });

        Assert.Null(result.Failure);
        Assert.Equal("受理回执-2026-0001.docx", result.Letter!.FileName);
        Assert.Single(result.Case!.Letters);
        Assert.Contains("张某某", CaseFixture.Text(result.Letter.Docx), StringComparison.Ordinal);
    }
}
