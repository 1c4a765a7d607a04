using Gongkai.Application.Exporting;
using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Exporting;

public sealed class ExportReportsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-export-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_wide_export_writes_the_report_list_and_one_csv_per_table_with_a_row_per_report()
    {
        using var store = StoreWithSamples(out var samples);

        var exported = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Wide, Target = Path.Combine(_folder, "wide") });

        Assert.Null(exported.Failure);
        Assert.Equal(samples, exported.Reports);
        Assert.Equal(["报告.csv", "表二.csv", "表三.csv", "表四.csv"], exported.Written.Select(Path.GetFileName));
        Assert.Equal(samples + 1, File.ReadAllLines(exported.Written[0]).Length);

        // A report without a table (samples/README.md: s05 is incomplete) has no row in that table's file.
        Assert.All(exported.Written.Skip(1), file => Assert.InRange(File.ReadAllLines(file).Length, 2, samples + 1));
        Assert.Contains("newReceived.total", File.ReadLines(exported.Written[2]).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_rows_for_the_caller_are_one_row_per_stored_cell_of_the_years_asked_and_no_file_is_written()
    {
        using var store = StoreWithSamples(out _);

        var all = CallerLines(store, new ExportOptions { Format = ExportFormat.Long, Target = ExportOptions.ToCaller });
        var year2021 = CallerLines(store, new ExportOptions { Format = ExportFormat.Long, Target = ExportOptions.ToCaller, FromYear = 2021 });

        Assert.Equal(store.Counts().Facts, all.Length - 1);
        var rows = year2021.Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal("2021", row.Split(',')[4]));
        Assert.True(rows.Count < store.Counts().Facts);
        Assert.All(Directory.GetFiles(_folder), file => Assert.StartsWith("store.db", Path.GetFileName(file), StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_for_the_caller_without_a_stream_are_refused()
    {
        using var store = StoreWithSamples(out _);

        Assert.Throws<ArgumentException>(() => ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Jsonl, Target = ExportOptions.ToCaller }));
    }

    [Fact]
    public void A_caller_stream_that_fails_is_a_failure_in_chinese_and_the_store_is_usable_after_it()
    {
        using var store = StoreWithSamples(out var samples);

        var exported = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Long, Target = ExportOptions.ToCaller }, new FailingStream());

        Assert.Equal(FailureKind.UnusableInput, exported.Failure!.Kind);
        Assert.StartsWith("导出失败：无法写入 -（", exported.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(samples, store.Reports(ReportFilter.All).Count);
    }

    // The caller's stream's lines (CRLF-ended CSV rows), header first.
    private static string[] CallerLines(ReportStore store, ExportOptions options)
    {
        using var stream = new MemoryStream();
        var exported = ExportReports.Run(store, options, stream);
        Assert.Null(exported.Failure);
        Assert.Empty(exported.Written);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_target_that_cannot_be_written_is_a_failure_in_chinese_naming_it()
    {
        using var store = StoreWithSamples(out _);
        var target = Path.Combine(_folder, "no-such-folder", "all.xlsx");

        var exported = ExportReports.Run(store, new ExportOptions { Format = ExportFormat.Xlsx, Target = target });

        Assert.Equal(FailureKind.UnusableInput, exported.Failure!.Kind);
        Assert.Equal($"导出失败：无法写入 {target}（路径中的目录不存在）。", exported.Failure.Message);
    }

    private ReportStore StoreWithSamples(out int count)
    {
        var samples = Directory.GetFiles(RepositoryRoot.Samples, "s*.txt").Order(StringComparer.Ordinal).ToList();
        var store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));
        Assert.Empty(ImportReports.Run(store, new ImportOptions { Files = samples, Jobs = 2 }).Summary!.Failures);
        count = samples.Count;
        return store;
    }

    // A stream that refuses its first write, as a full disk does.
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new IOException("No space left on device"));
    }
}
