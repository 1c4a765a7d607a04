using Gongkai.Store.Database;

namespace Gongkai.Store.Tests.Database;

public sealed class GrowingTablePlansTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void PostgreSQL_plans_again_each_time_the_reports_stored_double_from_64_and_SQLite_never(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var plans = new GrowingTablePlans();

        var replanned = Enumerable.Range(1, 40).Where(_ => plans.Committed(store.Db, 10)).Select(batch => batch * 10).ToList();

        Assert.Equal(engine == "postgres" ? [70, 130, 260] : [], replanned);
    }
}
