using Gongkai.Application.Versions;
using Gongkai.Store;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Versions;

public sealed class ListVersionsTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Lists_both_versions_with_the_later_signed_one_current_and_the_cell_it_changed()
    {
        var first = Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt");
        var text = File.ReadAllText(first).Replace("\t1386\n", "\t1390\n", StringComparison.Ordinal).Replace("2022年1月20日", "2022年2月20日", StringComparison.Ordinal);
        var second = _samples.Write("s01-revised.txt", text);
        _samples.Import([first]).Import([second]);

        var listed = ListVersions.Run(_samples.Store, new VersionsOptions { Scope = AccessScope.All, Agency = "QH-ZR", Year = 2021 });

        Assert.Null(listed.Failure);
        Assert.Equal(2, listed.Report!.Version);
        Assert.Equal([(1, false, new DateOnly(2022, 1, 20)), (2, true, new DateOnly(2022, 2, 20))], listed.Versions.Select(v => (v.Number, v.IsCurrent, v.PublishedOn!.Value)));
        Assert.Null(listed.Versions[0].Changes);
        Assert.Equal(second, Assert.Single(listed.Versions[1].Sources).Path);
        var changed = Assert.Single(listed.Versions[1].Changes!);
        Assert.Equal(("proactive.licensing.decisions", 1386m, true, 1390m, true), (changed.Cell.Path, changed.Before, changed.WasPresent, changed.After, changed.IsPresent));
    }

    [Fact]
    public void Refuses_a_unit_whose_report_for_the_year_is_not_stored()
    {
        var listed = ListVersions.Run(_samples.Store, new VersionsOptions { Scope = AccessScope.All, Agency = "QH-ZR", Year = 2021 });

        Assert.Empty(listed.Versions);
        Assert.Equal(new UseCaseFailure(FailureKind.UnusableInput, "数据库中没有“QH-ZR”的 2021 年度报告。"), listed.Failure);
    }
}
