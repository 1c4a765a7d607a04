using Gongkai.Store.Reviews;

namespace Gongkai.Store.Tests.Reviews;

public sealed class FindingReviewRepositoryTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Keeps_the_latest_review_of_a_finding_on_both_engines(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var at = new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);
        var assigned = new FindingReview("k1", "QH-TC-ZJ", "棠川县住房和城乡建设局", 2020, "GK0301", ReviewStatus.Open, "tangchuan-zj", null, "admin", at);
        var other = new FindingReview("k2", null, "某未匹配机关", 2021, "GK0806", ReviewStatus.Dismissed, null, "名称已核对", "admin", at);

        store.Reviews.Save(assigned);
        store.Reviews.Save(other);
        store.Reviews.Save(assigned with { Status = ReviewStatus.Resolved, Note = "已更正", UpdatedBy = "tangchuan-zj", UpdatedAt = at.AddHours(1) });

        var year = store.Reviews.ForYear(2020);
        var review = Assert.Single(year).Value;
        Assert.Equal(assigned with { Status = ReviewStatus.Resolved, Note = "已更正", UpdatedBy = "tangchuan-zj", UpdatedAt = at.AddHours(1) }, review);
        Assert.Equal(other, store.Reviews.Find("k2"));
        Assert.Null(store.Reviews.Find("k3"));
    }
}
