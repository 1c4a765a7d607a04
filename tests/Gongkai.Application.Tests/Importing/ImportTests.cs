using Gongkai.Application.Importing;
using Gongkai.Application.Tests.Support;
using Gongkai.Store.Importing;
using Gongkai.Store.Tests;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Importing;

public sealed class ImportTests
{
    private static IReadOnlyList<string> SampleFiles => [.. Directory.GetFiles(RepositoryRoot.Samples, "*.txt").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Importing_the_samples_twice_leaves_one_version_of_each(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);

        var first = importer.Import(SampleFiles);
        var afterFirst = store.Counts();
        var second = importer.Import(SampleFiles);

        Assert.Empty(first.Failures);
        Assert.Equal(SampleFiles.Count, first.Count(SaveOutcome.Added));
        Assert.Equal(SampleFiles.Count, second.Count(SaveOutcome.AlreadyImported));
        Assert.Equal(afterFirst, store.Counts());
        Assert.Equal(SampleFiles.Count, afterFirst.Reports);
        Assert.Equal(SampleFiles.Count, afterFirst.Versions);
        Assert.True(afterFirst.Facts > 100 * SampleFiles.Count, $"facts: {afterFirst.Facts}");
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_corrected_file_becomes_a_new_version_and_the_history_is_kept(string engine)
    {
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles.Single(f => f.Contains("s05-md", StringComparison.Ordinal)));
        var path = folder.Write("report.txt", original);
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);
        importer.Import([path]);

        // The agency corrects one figure and republishes: same agency and year, different content.
        var corrected = folder.Write("report-corrected.txt", CorrectOneFigure(original));
        var summary = importer.Import([corrected]);

        var file = Assert.Single(summary.Files);
        Assert.Equal(SaveOutcome.NewVersion, file.Outcome);
        Assert.Equal(2, file.Version);
        var history = store.History(file.ReportId);
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.True(history.Single(h => h.Version == 2).IsCurrent);
        Assert.Equal(1, store.Counts().Reports);
        Assert.Equal(original, System.Text.Encoding.UTF8.GetString(store.OriginalFile(history[0].FileSha256!)!).TrimStart('\uFEFF'));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_newest_report_by_its_date_stays_current_whatever_the_import_order(string engine)
    {
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles[0]);
        Assert.Contains("2022年1月20日", original, StringComparison.Ordinal);
        var corrected = folder.Write("corrected.txt", original.Replace("2022年1月20日", "2022年1月27日", StringComparison.Ordinal));
        var first = folder.Write("first.txt", original);
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);

        importer.Import([corrected]);
        var late = Assert.Single(importer.Import([first]).Files);

        Assert.Equal(SaveOutcome.OlderVersion, late.Outcome);
        Assert.Equal(1, late.CurrentVersion);
        var current = Assert.Single(store.Reports());
        Assert.Equal(new DateOnly(2022, 1, 27), current.PublishedOn);
        Assert.Equal(1, current.Version);
        Assert.Equal(2, store.History(current.ReportId).Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void A_different_file_with_the_same_content_adds_no_version(string engine)
    {
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles[0]);
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);

        var summary = importer.Import([folder.Write("a.txt", original), folder.Write("b.txt", original + "\n\n")]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.SameContent], summary.Files.Select(f => f.Outcome).Order());
        Assert.Equal(1, store.Counts().Versions);
        Assert.Equal(2, store.History(summary.Files[0].ReportId).Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Unreadable_files_are_listed_and_the_batch_goes_on(string engine)
    {
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var empty = folder.Write("empty.txt", "");
        var binary = folder.WriteBytes("binary.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x13]);
        var missing = Path.Combine(folder.Path, "missing.html");
        using var store = test.Open();

        var summary = new ReportImporter(store, TestPipelines.Full).Import([empty, SampleFiles[0], binary, missing, SampleFiles[1]]);

        Assert.Equal(2, summary.Count(SaveOutcome.Added));
        Assert.Equal(3, summary.Failures.Count);
        Assert.All(summary.Failures, f => Assert.Contains(Path.GetFileName(f.File), f.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Opening_a_store_twice_applies_the_migrations_once(string engine)
    {
        using var test = TestStore.Create(engine);
        using (var first = test.Open())
        {
            new ReportImporter(first, TestPipelines.Full).Import([SampleFiles[0]]);
        }

        using var second = test.Open();
        Assert.Equal(1, second.Counts().Reports);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Stored_json_reads_back_as_the_parsed_report(string engine)
    {
        using var test = TestStore.Create(engine);
        using var store = test.Open();
        var summary = new ReportImporter(store, TestPipelines.Full).Import(SampleFiles);

        foreach (var file in summary.Files)
        {
            var parsed = TestPipelines.Full.ParseFile(file.File).Report!;
            var stored = store.LoadCurrent(file.ReportId)!;
            Assert.Equal(
                Core.Serialization.ReportJsonWriter.Write(parsed, null, Core.Serialization.ReportJsonOptions.CanonicalOnly),
                Core.Serialization.ReportJsonWriter.Write(stored, null, Core.Serialization.ReportJsonOptions.CanonicalOnly));
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void The_original_imported_again_re_encoded_after_a_correction_does_not_undo_the_correction(string engine)
    {
        // Issue #10: original → corrected (one figure) → the original again, saved as GBK: it became version 3 and current.
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles.Single(f => f.Contains("s05-md", StringComparison.Ordinal)));
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);
        // The files' times say the order they were made in: written within one clock tick they would tie, and the
        // version rank would fall back to the content hash (a flaky order under load).
        var made = new DateTime(2024, 1, 10, 9, 0, 0, DateTimeKind.Utc);
        string Made(string path, int day)
        {
            File.SetLastWriteTimeUtc(path, made.AddDays(day));
            return path;
        }

        importer.Import([Made(folder.Write("original.txt", original), 0)]);
        importer.Import([Made(folder.Write("corrected.txt", CorrectOneFigure(original)), 1)]);

        var again = Assert.Single(importer.Import([Made(folder.WriteBytes("original-gbk.txt", Gbk.GetBytes(original)), 2)]).Files);

        Assert.Equal(SaveOutcome.EarlierVersion, again.Outcome);
        Assert.Equal(1, again.Version);
        Assert.Equal(2, again.CurrentVersion);
        Assert.Equal(2, store.Counts().Versions);
        Assert.Equal(2, Assert.Single(store.Reports()).Version);
        var history = store.History(again.ReportId);
        Assert.Equal(["original.txt", "original-gbk.txt"], history.Where(h => h.Version == 1).Select(h => Path.GetFileName(h.SourcePath)));
        Assert.True(history.Single(h => h.Version == 2).IsCurrent);
        Assert.Empty(store.FindInconsistencies());
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Make_current_brings_back_an_earlier_version_only_when_asked(string engine)
    {
        using var test = TestStore.Create(engine);
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles.Single(f => f.Contains("s05-md", StringComparison.Ordinal)));
        var first = folder.Write("original.txt", original);
        using var store = test.Open();
        var importer = new ReportImporter(store, TestPipelines.Full);
        importer.Import([first]);
        importer.Import([folder.Write("corrected.txt", CorrectOneFigure(original))]);

        // The very file imported before (skipped unread), then a re-encoded copy of it.
        var sameFile = Assert.Single(new ReportImporter(store, TestPipelines.Full) { MakeCurrent = true }.Import([first]).Files);
        Assert.Equal(SaveOutcome.MadeCurrent, sameFile.Outcome);
        Assert.Equal(1, Assert.Single(store.Reports()).Version);

        importer.Import([folder.Write("corrected-again.txt", CorrectOneFigure(original) + "\n\n")]);
        Assert.Equal(1, Assert.Single(store.Reports()).Version);

        var copy = Assert.Single(new ReportImporter(store, TestPipelines.Full) { MakeCurrent = true }.Import([folder.Write("corrected-copy.txt", CorrectOneFigure(original) + "\n\n\n\n")]).Files);
        Assert.Equal(SaveOutcome.MadeCurrent, copy.Outcome);
        Assert.Equal(2, Assert.Single(store.Reports()).Version);
        Assert.Equal(2, store.Counts().Versions);
    }

    [Theory]
    [MemberData(nameof(TestStore.Engines), MemberType = typeof(TestStore))]
    public void Of_two_contents_with_the_same_date_the_later_saved_file_is_current_in_either_import_order(string engine)
    {
        using var folder = new TempFolder();
        var original = File.ReadAllText(SampleFiles.Single(f => f.Contains("s05-md", StringComparison.Ordinal)));
        var older = folder.Write("b-older.txt", original);
        var newer = folder.Write("a-newer.txt", CorrectOneFigure(original));
        File.SetLastWriteTimeUtc(older, new DateTime(2023, 3, 1, 8, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(newer, new DateTime(2023, 3, 9, 8, 0, 0, DateTimeKind.Utc));

        foreach (var order in new[] { new[] { older, newer }, [newer, older] })
        {
            using var test = TestStore.Create(engine);
            using var store = test.Open();
            var importer = new ReportImporter(store, TestPipelines.Full);
            foreach (var file in order)
            {
                importer.Import([file]);
            }

            var current = Assert.Single(store.Reports());
            var currentSource = store.History(current.ReportId).Single(h => h.IsCurrent).SourcePath;
            Assert.Equal(newer, currentSource);
        }
    }

    private static System.Text.Encoding Gbk
    {
        get
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            return System.Text.Encoding.GetEncoding("gbk");
        }
    }

    private static string CorrectOneFigure(string text)
    {
        // Change the first figure of a Markdown table cell ("| N |").
        var match = System.Text.RegularExpressions.Regex.Match(text, @"(?<=\|\s*)\d+(?=\s*\|)");
        Assert.True(match.Success, "sample has no pipe-table figure");
        return text[..match.Index] + (int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) + 1) + text[(match.Index + match.Length)..];
    }
}
