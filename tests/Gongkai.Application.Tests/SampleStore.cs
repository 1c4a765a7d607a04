using Gongkai.Application.Importing;
using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Testing;

namespace Gongkai.Application.Tests;

/// <summary>A SQLite store in a temporary folder, with the samples' registry and (when asked) reports imported as <c>gongkai import samples --registry</c> does.</summary>
internal sealed class SampleStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-app-").FullName;

    public SampleStore(bool registry = true)
    {
        Store = ReportStore.Open(StoreLocation.Sqlite(System.IO.Path.Combine(_folder, "store.db")));
        if (registry)
        {
            Assert.Null(ImportRegistry.Run(Store, new RegistryImportOptions { File = System.IO.Path.Combine(RepositoryRoot.Samples, "registry.csv") }).Failure);
        }
    }

    public ReportStore Store { get; }

    /// <summary>A folder of this store's own, for files a test writes.</summary>
    public string Folder => _folder;

    /// <summary>Imports every sample report.</summary>
    public SampleStore WithSamples() =>
        Import([.. Directory.GetFiles(RepositoryRoot.Samples, "s*.txt").Order(StringComparer.Ordinal)]);

    /// <summary>Imports <paramref name="files"/>, asserting that each was stored.</summary>
    public SampleStore Import(IReadOnlyList<string> files)
    {
        var imported = ImportReports.Run(Store, new ImportOptions { Files = files, Jobs = 2 });
        Assert.Null(imported.Failure);
        Assert.Empty(imported.Summary!.Failures);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as a file named <paramref name="name"/> in a new subfolder, and returns its path.</summary>
    public string Write(string name, string text)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(_folder, Guid.NewGuid().ToString("N"))).FullName;
        var path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
