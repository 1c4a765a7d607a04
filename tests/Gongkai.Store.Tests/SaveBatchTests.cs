using Gongkai.Store.Importing;

namespace Gongkai.Store.Tests;

/// <summary>Group commit (issue #16): many reports in one transaction, each in its own savepoint.</summary>
public sealed class SaveBatchTests
{
    // Every sample, two more files of each with the same figures (new versions by rank), and one file twice.
    private static List<PreparedReport> Files()
    {
        var names = Directory.GetFiles(Path.Combine(Gongkai.Testing.RepositoryRoot.Samples, "expected"), "*.json")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        return [.. names.Select(n => StoredSample.Prepare(n!)), .. names.Select(n => StoredSample.Prepare(n!, edition: " ")),
            StoredSample.Prepare(names[0]!), .. names.Select(n => StoredSample.Prepare(n!, published: false, edition: "\n"))];
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_batch_stores_the_same_rows_as_one_save_per_report(string engine)
    {
        var files = Files();
        using var serial = TestStore.Create(engine);
        using var batched = TestStore.Create(engine);
        using var one = serial.Open();
        using var many = batched.Open();

        var singles = files.Select(f => one.Save(f)).ToList();
        var saves = many.SaveBatch(files);

        Assert.All(saves, s => Assert.Null(s.Error));
        Assert.Equal(singles.Select(s => (s.Outcome, s.Version, s.CurrentVersion)), saves.Select(s => (s.Result!.Outcome, s.Result.Version, s.Result.CurrentVersion)));
        Assert.Equal(StoreRows.All(serial.Location), StoreRows.All(batched.Location));
        Assert.Empty(many.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_report_the_database_refuses_is_returned_with_its_error_and_the_others_of_the_batch_commit(string engine)
    {
        var files = Files();
        var refused = files[3];
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        Refuse(store, refused.ContentSha256);

        var saves = store.SaveBatch(files);

        Assert.NotNull(saves[3].Error);
        Assert.Null(saves[3].Result);
        Assert.All(saves.Where((_, i) => i != 3), s => Assert.Null(s.Error));
        Assert.DoesNotContain(refused.FileSha256, store.ImportedFileHashes());
        Assert.Equal(files.Count - 2, store.ImportedFileHashes().Count); // the refused file, and the one given twice
        Assert.Empty(store.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_report_whose_facts_the_database_refuses_is_returned_with_its_error_and_the_others_of_the_batch_commit(string engine)
    {
        // PostgreSQL writes a batch's facts together at its end; a refused fact must still cost only its own report.
        var files = Files();
        files[3] = files[3] with { Facts = [.. files[3].Facts.Select((f, i) => i == 0 ? f with { State = Core.Model.CellState.Number, Value = RefusedValue } : f)] };
        using var serial = TestStore.Create(engine);
        using var batched = TestStore.Create(engine);
        using var one = serial.Open();
        using var many = batched.Open();
        RefuseFact(one);
        RefuseFact(many);

        var singles = files.Select(f => Saved(() => one.Save(f))).ToList();
        var saves = many.SaveBatch(files);

        Assert.NotNull(saves[3].Error);
        Assert.Null(singles[3]);
        Assert.All(saves.Where((_, i) => i != 3), s => Assert.Null(s.Error));
        Assert.Equal(singles.Select(s => s?.Outcome), saves.Select(s => s.Result?.Outcome));
        Assert.Equal(StoreRows.All(serial.Location), StoreRows.All(batched.Location));
        Assert.Empty(many.FindInconsistencies());
    }

    private const decimal RefusedValue = 987_654_321m;

    private static SaveResult? Saved(Func<SaveResult> save)
    {
        try
        {
            return save();
        }
        catch (System.Data.Common.DbException)
        {
            return null;
        }
    }

    private static void RefuseFact(ReportStore store)
    {
        if (store.Engine == Gongkai.Store.Database.StoreEngine.Sqlite)
        {
            store.Db.Execute($"CREATE TRIGGER refuse_fact BEFORE INSERT ON facts WHEN NEW.value = {RefusedValue} BEGIN SELECT RAISE(ABORT, 'refused'); END");
            return;
        }

        store.Db.Execute(
            $"""
            CREATE FUNCTION refuse_fact() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER refuse_fact BEFORE INSERT ON facts FOR EACH ROW WHEN (NEW.value = {RefusedValue}) EXECUTE FUNCTION refuse_fact();
            """);
    }

    // A trigger stands for any constraint a report can violate.
    private static void Refuse(ReportStore store, string contentSha256)
    {
        if (store.Engine == Gongkai.Store.Database.StoreEngine.Sqlite)
        {
            store.Db.Execute($"CREATE TRIGGER refuse BEFORE INSERT ON report_versions WHEN NEW.content_sha256 = '{contentSha256}' BEGIN SELECT RAISE(ABORT, 'refused'); END");
            return;
        }

        store.Db.Execute(
            $"""
            CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON report_versions FOR EACH ROW WHEN (NEW.content_sha256 = '{contentSha256}') EXECUTE FUNCTION refuse();
            """);
    }
}
