using Gongkai.Store.Drafts;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Tests.Drafts;

/// <summary>
/// The drafts of 在线填报 (migration 0007) on both engines: one draft per unit and year, saves that name the revision
/// they started from, and the caller's scope in every statement.
/// </summary>
public sealed class DraftRepositoryTests
{
    private static readonly RegisteredUnit Own = new("QH-ZR", "青禾市自然资源和规划局", "部门", "青禾省/青禾市", null, []);
    private static readonly RegisteredUnit Other = new("BL-JY", "白鹭县教育局", "部门", "青禾省/白鹭县", null, []);
    private static readonly AccessScope OwnUnit = AccessScope.Unit(Own.Code);

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Creates_one_draft_per_unit_and_year_and_reads_it_back(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);

        var id = store.Drafts.Create(Own.Code, 2025, "{\"a\":1}", "zr", OwnUnit);
        var again = store.Drafts.Create(Own.Code, 2025, "{}", "zr", OwnUnit);
        var draft = store.Drafts.Find(id!.Value, OwnUnit);

        Assert.Null(again);
        Assert.NotNull(draft);
        Assert.Equal((Own.Code, Own.Name, Own.Region, 2025, "{\"a\":1}", 1, "zr"), (draft.UnitCode, draft.UnitName, draft.Region, draft.Year, draft.Body, draft.Revision, draft.CreatedBy));
        Assert.Null(draft.SubmittedReportId);
        Assert.Equal(id, store.Drafts.Find(Own.Code, 2025, OwnUnit)?.Id);
        Assert.Equal([id.Value], store.Drafts.List(OwnUnit).Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_save_from_a_stale_revision_writes_nothing(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own]);
        var id = store.Drafts.Create(Own.Code, 2025, "{}", "zr", OwnUnit)!.Value;

        var first = store.Drafts.Save(id, 1, "{\"tab\":1}", "zr", OwnUnit);
        var stale = store.Drafts.Save(id, 1, "{\"tab\":2}", "zr", OwnUnit);
        store.Drafts.MarkSubmitted(id, 42, OwnUnit);
        var draft = store.Drafts.Find(id, OwnUnit)!;

        Assert.Equal((DraftSaveOutcome.Saved, DraftSaveOutcome.Conflict), (first, stale));
        Assert.Equal(("{\"tab\":1}", 2), (draft.Body, draft.Revision));
        Assert.Equal(42, draft.SubmittedReportId);
        Assert.NotNull(draft.SubmittedAt);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Another_units_draft_is_neither_created_read_saved_nor_listed(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        store.ImportRegistry([Own, Other]);
        var others = store.Drafts.Create(Other.Code, 2025, "{}", "jy", AccessScope.Unit(Other.Code))!.Value;

        Assert.Null(store.Drafts.Create(Other.Code, 2024, "{}", "zr", OwnUnit));
        Assert.Null(store.Drafts.Find(others, OwnUnit));
        Assert.Null(store.Drafts.Find(others, AccessScope.Public));
        Assert.Equal(DraftSaveOutcome.NotFound, store.Drafts.Save(others, 1, "{\"x\":1}", "zr", OwnUnit));
        Assert.Empty(store.Drafts.List(OwnUnit));
        Assert.Equal("{}", store.Drafts.Find(others, AccessScope.Region("青禾省/白鹭县"))!.Body);
        Assert.Single(store.Drafts.List(AccessScope.Region("青禾省")));
    }
}
