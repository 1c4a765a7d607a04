using Gongkai.Application.Importing;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Importing;

public sealed class ImportReportsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-app-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Stores_every_sample_once_and_skips_them_on_a_second_run()
    {
        var samples = Directory.GetFiles(RepositoryRoot.Samples, "s*.txt").Order(StringComparer.Ordinal).ToList();
        using var store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));

        var first = ImportReports.Run(store, new ImportOptions { Files = samples, Jobs = 2 });
        var second = ImportReports.Run(store, new ImportOptions { Files = samples, Jobs = 2 });

        Assert.Null(first.Failure);
        Assert.Empty(first.Summary!.Failures);
        Assert.Equal(samples.Count, first.Summary.Count(SaveOutcome.Added));
        Assert.Equal(samples.Count, second.Summary!.Count(SaveOutcome.AlreadyImported));
    }

    [Fact]
    public void Checks_each_report_once_so_a_misprinted_cell_is_one_finding_per_rule()
    {
        var sample = Path.Combine(RepositoryRoot.Samples, "s02-docx-2019-errors.txt");
        using var store = ReportStore.Open(StoreLocation.Sqlite(Path.Combine(_folder, "store.db")));

        var imported = Assert.Single(ImportReports.Run(store, new ImportOptions { Files = [sample] }).Summary!.Files);

        // GK0301 and GK0303 (samples/README.md): two errors, not four as when the parse pipeline also validated.
        Assert.Equal(2, imported.Errors);
    }
}
