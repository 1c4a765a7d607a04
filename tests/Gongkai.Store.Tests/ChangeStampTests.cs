using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests;

/// <summary>The store's change stamp (migration 0008), which keys cached dashboards: it must move with every change they read.</summary>
public sealed class ChangeStampTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Grows_when_a_report_is_saved_or_linked_and_when_the_registry_changes_but_not_when_read(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var start = store.ChangeStamp();

        var saved = StoredSample.Save(store);
        var afterSave = store.ChangeStamp();
        store.ImportRegistry([new RegisteredUnit("T-1", "青禾市测试局", "部门", "青禾省/青禾市", null, [])]);
        var afterRegistry = store.ChangeStamp();
        Assert.True(store.Link(saved.ReportId, "T-1"));
        var afterLink = store.ChangeStamp();
        _ = store.Reports(new ReportFilter { Scope = AccessScope.All });
        _ = store.Units();

        Assert.True(start < afterSave && afterSave < afterRegistry && afterRegistry < afterLink, $"{start} {afterSave} {afterRegistry} {afterLink}");
        Assert.Equal(afterLink, store.ChangeStamp());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Shows_another_connections_change_once_it_is_committed(string engine)
    {
        using var test = TestStore.Create(engine);
        using var reader = test.Open();
        using var writer = test.Open();
        var before = reader.ChangeStamp();

        StoredSample.Save(writer);

        Assert.True(reader.ChangeStamp() > before);
    }
}
