using Gongkai.Core.Cases;

namespace Gongkai.Store.Tests.Cases;

// Registry numbers by prefix and open cases due within a span, per unit.
public sealed partial class CaseRepositoryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Numbers_are_found_by_prefix_within_the_unit_only(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        store.Cases.Insert(NewCase("c1", new DateOnly(2025, 3, 4)) with { Number = "2025-0001" }, null, Clerk);
        store.Cases.Insert(NewCase("c2", new DateOnly(2025, 3, 5)) with { Number = "2025-0007" }, null, Clerk);
        store.Cases.Insert(NewCase("c3", new DateOnly(2024, 3, 5)) with { Number = "2024-0009" }, null, Clerk);
        store.Cases.Insert(NewCase("c4", new DateOnly(2025, 3, 5), unit: Other.Code) with { Number = "2025-0042" }, null, Clerk);

        Assert.Equal(["2025-0001", "2025-0007"], store.Cases.NumbersStartingWith(Own.Code, "2025-").Order(StringComparer.Ordinal));
        Assert.Empty(store.Cases.NumbersStartingWith(Own.Code, "2026-"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Open_cases_due_within_a_span_are_counted_per_unit_in_the_scope(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        var today = new DateOnly(2025, 4, 1);
        store.Cases.Insert(NewCase("c1", new DateOnly(2025, 3, 4)), today, Clerk); // due today: counted
        store.Cases.Insert(NewCase("c2", new DateOnly(2025, 3, 5)), today.AddDays(7), Clerk); // the span's last day
        store.Cases.Insert(NewCase("c3", new DateOnly(2025, 3, 6)), today.AddDays(8), Clerk); // after it
        store.Cases.Insert(NewCase("c4", new DateOnly(2025, 3, 7)), today.AddDays(-1), Clerk); // overdue
        var closed = NewCase("c5", new DateOnly(2025, 3, 8));
        store.Cases.Insert(CaseWorkflow.Apply(closed, Decide(new DateOnly(2025, 3, 20), CaseOutcome.Granted)), today, Clerk);
        store.Cases.Insert(NewCase("c6", new DateOnly(2025, 3, 9), unit: Other.Code), today, Clerk);

        var all = store.Cases.OpenDueBetweenByUnit(today, today.AddDays(7), AccessScope.All);
        var own = store.Cases.OpenDueBetweenByUnit(today, today.AddDays(7), OwnUnit);

        Assert.Equal(2, all[Own.Code]);
        Assert.Equal(1, all[Other.Code]);
        Assert.Equal([Own.Code], own.Keys);
        Assert.Empty(store.Cases.OpenDueBetweenByUnit(today, today.AddDays(7), AccessScope.Public));
    }
}
