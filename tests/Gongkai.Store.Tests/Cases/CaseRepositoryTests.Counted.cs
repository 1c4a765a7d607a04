using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Cases;

namespace Gongkai.Store.Tests.Cases;

// The cases behind a cell of table 三, read from the columns (CountedIn) and named by number (Numbers).
public sealed partial class CaseRepositoryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_cases_counted_in_a_cell_are_those_case_tables_puts_behind_it_in_the_same_order(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        var random = new Random(16);
        var cases = Enumerable.Range(0, 300).Select(i => RandomCase(random, i)).ToList();
        foreach (var c in cases)
        {
            store.Cases.Insert(c, null, Clerk);
        }

        const int Year = 2024;
        var tables = CaseTables.Build(cases, [], Year, TemplateVersion.V2019);
        var columns = ApplicantKinds.All.Select(k => ((ApplicantKind?)k, ApplicantKinds.Column(k))).Append((null, RequestsTemplate.TotalColumn));
        IReadOnlyList<string> Counted(CaseTallyGroup group, ApplicantKind? kind, params CaseOutcome[] outcomes) =>
            [.. store.Cases.CountedIn(Own.Code, Year, new CaseTallyCell(group, outcomes, kind), 1000).Select(c => c.Id)];

        foreach (var (kind, column) in columns)
        {
            Assert.Equal(tables.CasesBehind(RequestsTemplate.NewReceived, column), Counted(CaseTallyGroup.NewReceived, kind));
            Assert.Equal(tables.CasesBehind(RequestsTemplate.CarriedOver, column), Counted(CaseTallyGroup.CarriedOver, kind));
            Assert.Equal(tables.CasesBehind(RequestsTemplate.Total, column), Counted(CaseTallyGroup.Closed, kind));
            Assert.Equal(tables.CasesBehind(RequestsTemplate.CarriedForward, column), Counted(CaseTallyGroup.OpenAtYearEnd, kind));
            Assert.Equal(tables.CasesBehind(RequestsTemplate.Granted, column), Counted(CaseTallyGroup.Closed, kind, CaseOutcome.Granted));
            Assert.Equal(
                tables.CasesBehind(RequestsTemplate.OtherHandling, column),
                Counted(CaseTallyGroup.Closed, kind, CaseOutcome.NoCorrection, CaseOutcome.UnpaidFee, CaseOutcome.Other));
        }

        var closed = tables.CasesBehind(RequestsTemplate.Total, RequestsTemplate.TotalColumn);
        Assert.True(closed.Count > 3);
        Assert.Equal(closed.Take(3), store.Cases.CountedIn(Own.Code, Year, new CaseTallyCell(CaseTallyGroup.Closed, [], null), 3).Select(c => c.Id));
        var numbers = store.Cases.Numbers(Own.Code, [.. closed, "不存在的办件"]);
        Assert.Equal(closed.Count, numbers.Count);
        Assert.All(closed, id => Assert.Equal(tables.NumberOf(id), numbers[id]));
        Assert.Empty(store.Cases.Numbers(Other.Code, closed));
    }
}
