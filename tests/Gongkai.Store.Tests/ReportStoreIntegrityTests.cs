using Gongkai.Core.Diagnostics;
using Gongkai.Store.Database;
using Gongkai.Store.Tests.Queries;

namespace Gongkai.Store.Tests;

/// <summary>
/// <see cref="ReportStore.FindInconsistencies"/> over facts, which have no foreign keys since migration 0014: every
/// path that replaces, re-ranks or moves versions leaves none orphaned, and an orphaned one is reported.
/// </summary>
public sealed class ReportStoreIntegrityTests
{
    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Corrections_older_versions_made_current_and_merged_reports_leave_no_orphaned_facts(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();

        // RandomStore: up to three versions per report, older ones made current again, and reports of an old name
        // merged into their unit's report by a registry import (their versions move, the emptied report is deleted).
        RandomStore.Fill(store, seed: 15);
        var first = StoredSample.Save(store, "s02-docx-2019-errors");
        store.Save(StoredSample.Prepare("s02-docx-2019-errors", edition: "\n") with { Findings = [Finding()] });
        store.Save(StoredSample.Prepare("s02-docx-2019-errors", edition: "\n\n") with { Findings = [Finding(), Finding()] }, makeCurrent: true);
        StoredSample.Save(store, "s02-docx-2019-errors", makeCurrent: true);

        Assert.Equal(3, store.History(first.ReportId).Count);
        Assert.True(store.Db.Scalar<long>("SELECT MAX(id) FROM reports") > store.Db.Scalar<long>("SELECT COUNT(*) FROM reports"), "no report was merged away");
        Assert.Equal(0, store.Db.Scalar<long>("SELECT COUNT(*) FROM facts f WHERE NOT EXISTS (SELECT 1 FROM report_versions v WHERE v.id = f.version_id)"));
        Assert.Equal(3, store.Db.Scalar<long>("SELECT COUNT(*) FROM findings f JOIN report_versions v ON v.id = f.version_id"));
        Assert.Empty(store.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Orphaned_facts_and_packed_cells_are_reported_in_chinese(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        StoredSample.Save(store);
        var version = store.Db.Scalar<long>("SELECT MAX(id) FROM report_versions");
        var cell = store.Db.Scalar<long>("SELECT MAX(id) FROM cells");

        store.Db.Execute("INSERT INTO facts (version_id, cell_id, state, value) VALUES (@v, @c, 1, NULL), (@v, @c + 1, 1, NULL)", ("v", version + 1), ("c", cell));
        WithoutForeignKeys(store, () => store.Db.Execute("INSERT INTO version_cells (version_id, is_summary, cells) VALUES (@v, @s, @c)",
            ("v", version + 2), ("s", false), ("c", PackedCells.Pack([]))));

        var problems = store.FindInconsistencies();

        Assert.Contains("单元格数据不属于任何版本：2 处", problems);
        Assert.Contains("单元格数据指向不存在的单元格：1 处", problems);
        Assert.Contains("打包单元格数据不属于任何版本：1 处", problems);
    }

    private static Diagnostic Finding() => Diagnostic.Create("GK0301", Severity.Warning, "测试问题");

    // version_cells keeps its foreign key (one row per version costs nothing): only a writer that bypasses it can
    // leave an orphan there (an older gongkai's connection without SQLite's foreign_keys pragma, say).
    private static void WithoutForeignKeys(ReportStore store, Action write)
    {
        store.Db.Execute(store.Engine == StoreEngine.Postgres ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF");
        write();
        store.Db.Execute(store.Engine == StoreEngine.Postgres ? "SET session_replication_role = DEFAULT" : "PRAGMA foreign_keys = ON");
    }
}
