using Gongkai.Application.Units;
using Gongkai.Store;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Units;

public sealed class ImportRegistryTests : IDisposable
{
    private static readonly string Registry = Path.Combine(RepositoryRoot.Samples, "registry.csv");

    private readonly SampleStore _samples = new(registry: false);

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Adds_the_units_then_updates_them_by_code()
    {
        var first = ImportRegistry.Run(_samples.Store, new RegistryImportOptions { File = Registry });
        var second = ImportRegistry.Run(_samples.Store, new RegistryImportOptions { File = Registry });

        Assert.Equal((14, 0), (first.Added, first.Updated));
        Assert.Equal((0, 14), (second.Added, second.Updated));
        Assert.Null(second.Failure);
    }

    [Fact]
    public void Links_the_reports_already_stored_to_their_units()
    {
        _samples.WithSamples();
        Assert.Equal(10, ListUnlinkedReports.Run(_samples.Store).Reports.Count);

        var imported = ImportRegistry.Run(_samples.Store, new RegistryImportOptions { File = Registry });

        Assert.Equal(10, imported.Linked);
        Assert.Empty(ListUnlinkedReports.Run(_samples.Store).Reports);
    }

    [Fact]
    public void Refuses_a_file_with_problems_and_writes_nothing()
    {
        var imported = ImportRegistry.Run(_samples.Store, new RegistryImportOptions { File = Path.Combine(RepositoryRoot.Samples, "README.md") });

        Assert.Equal(new UseCaseFailure(FailureKind.UnusableInput, "单位名录有 1 处问题，未导入："), imported.Failure);
        Assert.Contains("表头缺少列", Assert.Single(imported.Problems), StringComparison.Ordinal);
        Assert.Empty(ListUnits.Run(_samples.Store, new UnitsOptions { Scope = AccessScope.All }).Units);
    }
}
