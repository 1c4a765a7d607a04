using Gongkai.Synthetic;

namespace Gongkai.Application.Tests.Support;

/// <summary>A small synthetic province on disk (60 units, 2019–2022: both formats, every flaw kind), written once per test run.</summary>
public sealed class ProvinceFixture : IDisposable
{
    public ProvinceFixture()
    {
        Province = SyntheticProvince.Create(seed: 7, units: 60, firstYear: 2019, years: 4, flawRate: 0.15);
        ProvinceFiles.Write(Province, Folder);
        Files = [.. Directory.GetFiles(Path.Combine(Folder, "reports"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    public SyntheticProvince Province { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("gongkai-province-").FullName;

    public string Registry => Path.Combine(Folder, "registry.csv");

    public IReadOnlyList<string> Files { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
