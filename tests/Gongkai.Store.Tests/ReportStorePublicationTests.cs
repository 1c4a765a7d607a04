using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests;

/// <summary>
/// Publication (migration 0006): imports are published, a version stored unpublished withdraws its report until it is
/// published again, and the public's scope sees only published reports linked to a unit.
/// </summary>
public sealed class ReportStorePublicationTests
{
    private static readonly RegisteredUnit Unit = new("QH-ZR", "青禾市自然资源和规划局", "部门", "青禾省/青禾市", null, []);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Publishes_an_imported_report_by_default_and_the_public_sees_it_once_it_is_linked(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var saved = StoredSample.Save(store);

        var unlinked = store.Reports(Public());
        store.ImportRegistry([Unit]);
        var report = Assert.Single(store.Reports(Public()));

        Assert.Empty(unlinked);
        Assert.Equal(saved.ReportId, report.ReportId);
        Assert.True(report.IsPublished);
        Assert.Null(report.PublishedBy);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Keeps_an_unpublished_report_from_the_public_until_it_is_published_and_after_it_is_withdrawn(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var saved = StoredSample.Save(store, published: false);
        store.ImportRegistry([Unit]);

        var before = store.Reports(Public());
        var published = store.SetPublished(saved.ReportId, true, "luting");
        var again = store.SetPublished(saved.ReportId, true, "admin");
        var seen = Assert.Single(store.Reports(Public()));
        var withdrawn = store.SetPublished(saved.ReportId, false, "luting");
        var after = store.Reports(Public());

        Assert.Empty(before);
        Assert.True(published);
        Assert.False(again);
        Assert.Equal("luting", seen.PublishedBy);
        Assert.True(withdrawn);
        Assert.Empty(after);
        Assert.False(Assert.Single(store.Reports(new ReportFilter { Scope = AccessScope.All })).IsPublished);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Withdraws_a_published_report_when_its_new_current_version_is_stored_unpublished_and_a_published_import_publishes_it_again(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var first = StoredSample.Save(store);

        var draft = StoredSample.Save(store, published: false, edition: " ", makeCurrent: true);
        var afterDraft = store.Reports(new ReportFilter { Scope = AccessScope.All }).Single();
        var import = StoredSample.Save(store, edition: "  ", makeCurrent: true);
        var afterImport = store.Reports(new ReportFilter { Scope = AccessScope.All }).Single();

        Assert.Equal(first.ReportId, draft.ReportId);
        Assert.Equal(2, draft.CurrentVersion);
        Assert.False(afterDraft.IsPublished);
        Assert.Equal(3, import.CurrentVersion);
        Assert.True(afterImport.IsPublished);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Filters_on_publication(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var clean = StoredSample.Save(store);
        var other = StoredSample.Save(store, "s02-docx-2019-errors", published: false);

        var published = store.Reports(new ReportFilter { Scope = AccessScope.All, Published = true });
        var unpublished = store.Browse(new ReportFilter { Scope = AccessScope.All, Published = false }, ReportSort.Region, 0, 10);

        Assert.Equal(clean.ReportId, Assert.Single(published).ReportId);
        Assert.Equal(other.ReportId, Assert.Single(unpublished.Reports).ReportId);
        Assert.Equal(1, unpublished.Total);
    }

    private static ReportFilter Public() => new() { Scope = AccessScope.Public };
}
