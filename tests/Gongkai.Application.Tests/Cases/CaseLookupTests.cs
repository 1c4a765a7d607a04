using Gongkai.Application.Cases;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Cases;

/// <summary>Staff name a case by its 申请编号; the id still works, and a number two units share is not guessed.</summary>
public sealed class CaseLookupTests
{
    [Fact]
    public void A_case_is_found_by_its_number_within_the_callers_scope()
    {
        using var fixture = new CaseFixture();
        var c = fixture.Register();

        var byNumber = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = CaseFixture.Own, CaseId = c.Case.Number });
        var byId = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = CaseFixture.Own, CaseId = c.Case.Id });
        var outside = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = AccessScope.Unit(CaseFixture.Education.Code), CaseId = c.Case.Number });

        Assert.Equal(c.Case.Id, byNumber.Case!.Case.Id);
        Assert.Equal(c.Case.Id, byId.Case!.Case.Id);
        Assert.Equal(FailureKind.NotFound, outside.Failure?.Kind);
    }

    [Fact]
    public void A_number_two_units_share_asks_for_the_id_and_changes_nothing()
    {
        using var fixture = new CaseFixture();
        var emergency = fixture.Register();
        var education = fixture.Register(fixture.Registration(CaseFixture.Education.Code, AccessScope.All));
        Assert.Equal(emergency.Case.Number, education.Case.Number);

        var shared = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = AccessScope.All, CaseId = emergency.Case.Number });
        var own = GetCase.Run(fixture.Store, new GetCaseOptions { Scope = AccessScope.Unit(CaseFixture.Education.Code), CaseId = emergency.Case.Number });

        Assert.Equal(FailureKind.BadUsage, shared.Failure?.Kind);
        Assert.Contains(emergency.Case.Id, shared.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains(education.Case.Id, shared.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(education.Case.Id, own.Case!.Case.Id);
    }
}
