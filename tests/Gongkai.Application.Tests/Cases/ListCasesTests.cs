using Gongkai.Application.Cases;
using Gongkai.Core.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Cases;

public sealed class ListCasesTests
{
    private static readonly DateOnly Monday = CaseFixture.Monday;

    [Fact]
    public void Overdue_and_due_soon_lists_take_the_stored_due_dates_and_count_working_days_left()
    {
        using var fixture = new CaseFixture();
        var early = fixture.Register(fixture.Registration() with { Arrived = new DateOnly(2026, 2, 2) }); // long overdue by 30 March
        var soon = fixture.Register(); // due 30 March
        var closed = fixture.Register(fixture.Registration() with { Arrived = new DateOnly(2026, 2, 3) });
        fixture.Took(closed, new Withdrawn(new DateOnly(2026, 2, 4), CaseFixture.Clerk, null));
        var today = new DateOnly(2026, 3, 25); // Wednesday: 30 March is 3 working days ahead

        var overdue = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = CaseFixture.Own, OverdueOnly = true, Today = today });
        var dueSoon = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = CaseFixture.Own, DueWithinWorkingDays = 5, Today = today });
        var tooFar = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = CaseFixture.Own, DueWithinWorkingDays = 2, Today = today });
        var all = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = CaseFixture.Own, Today = today, PageSize = 2 });

        Assert.Equal([early.Case.Number], overdue.Rows.Select(r => r.Summary.Number));
        Assert.True(overdue.Rows[0].Overdue);
        Assert.True(overdue.Rows[0].WorkingDaysLeft < 0);
        Assert.Equal([soon.Case.Number], dueSoon.Rows.Select(r => r.Summary.Number));
        Assert.Equal(3, dueSoon.Rows[0].WorkingDaysLeft);
        Assert.Empty(tooFar.Rows);
        Assert.Equal(2, all.Rows.Count);
        Assert.True(all.HasMore);
        Assert.Null(all.Rows.Single(r => r.Summary.Number == early.Case.Number).Summary.ClosedOn);
    }

    [Fact]
    public void Another_units_clerk_gets_not_found_for_its_list_and_a_region_sees_its_units_only()
    {
        using var fixture = new CaseFixture();
        fixture.Register();
        fixture.Register(fixture.Registration(unit: CaseFixture.Elsewhere.Code, scope: AccessScope.All));

        var other = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = AccessScope.Unit(CaseFixture.Education.Code), UnitId = CaseFixture.Emergency.Code });
        var county = ListCases.Run(fixture.Store, new ListCasesOptions { Scope = CaseFixture.County, Today = Monday });

        Assert.Equal(FailureKind.NotFound, other.Failure?.Kind);
        Assert.Equal([CaseFixture.Emergency.Code], county.Rows.Select(r => r.Summary.UnitId));
    }

    [Fact]
    public void The_statistics_count_open_due_soon_and_overdue_per_unit_with_totals_for_a_region_only()
    {
        using var fixture = new CaseFixture();
        fixture.Register(fixture.Registration() with { Arrived = new DateOnly(2026, 2, 2) });
        fixture.Register();
        fixture.Register(fixture.Registration(unit: CaseFixture.Education.Code, scope: AccessScope.All));
        fixture.Register(fixture.Registration(unit: CaseFixture.Elsewhere.Code, scope: AccessScope.All));
        var today = new DateOnly(2026, 3, 25);

        var county = CaseOverdueStatistics.Run(fixture.Store, new CaseOverdueStatisticsOptions { Scope = CaseFixture.County, Today = today });
        var unit = CaseOverdueStatistics.Run(fixture.Store, new CaseOverdueStatisticsOptions { Scope = CaseFixture.Own, Today = today });

        Assert.Equal(
            [new CaseUnitStatistics("QC-JY", "青川县教育局", 1, 1, 0), new CaseUnitStatistics("QC-YJ", "青川县应急管理局", 2, 1, 1)],
            county.Units);
        Assert.Equal(new CaseUnitStatistics("", CaseOverdueStatistics.TotalLabel, 3, 2, 1), county.Total);
        Assert.Equal(FailureKind.Forbidden, unit.Failure?.Kind);
    }
}
