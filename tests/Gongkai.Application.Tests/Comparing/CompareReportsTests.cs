using Gongkai.Application.Comparing;
using Gongkai.Store;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Comparing;

public sealed class CompareReportsTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Lists_the_one_cell_changed_since_last_year_with_its_change()
    {
        // s01 is QH-ZR's 2021 report; the same report a year later with one figure changed.
        var lastYear = Path.Combine(RepositoryRoot.Samples, "s01-docx-2021-clean.txt");
        var text = File.ReadAllText(lastYear).Replace("2022年", "2023年", StringComparison.Ordinal).Replace("2021", "2022", StringComparison.Ordinal);
        _samples.Import([lastYear, _samples.Write("s01-2022.txt", text.Replace("\t1386\n", "\t1400\n", StringComparison.Ordinal))]);

        var compared = CompareReports.Run(_samples.Store, new CompareOptions { Scope = AccessScope.All, Agency = "QH-ZR", Year = 2022 });

        Assert.Null(compared.Failure);
        var comparison = compared.Comparison!;
        Assert.Equal((2021, 2022), (comparison.Left!.Year, comparison.Right!.Year));
        var changed = Assert.Single(comparison.Cells, c => c.Change is not (null or 0));
        Assert.Equal(("proactive.licensing.decisions", 1386m, 1400m, 14m), (changed.Cell.Path, changed.Left, changed.Right, changed.Change));
    }

    [Fact]
    public void Compares_two_units_of_the_same_year_named_by_code_or_name()
    {
        _samples.WithSamples();

        var compared = CompareReports.Run(_samples.Store, new CompareOptions { Scope = AccessScope.All, Agency = "QH-YX", With = "青禾市交通运输局", Year = 2022 });

        Assert.Null(compared.Failure);
        Assert.Equal(("QH-YX", "QH-JT"), (compared.Comparison!.Left!.UnitCode, compared.Comparison.Right!.UnitCode));
        Assert.Contains(compared.Comparison.Cells, c => c.Left is not null && c.Right is not null);
    }

    [Fact]
    public void Refuses_a_unit_whose_report_for_the_year_is_not_stored()
    {
        _samples.WithSamples();

        var compared = CompareReports.Run(_samples.Store, new CompareOptions { Scope = AccessScope.All, Agency = "NOPE", Year = 2021 });

        Assert.Null(compared.Comparison);
        Assert.Equal(new UseCaseFailure(FailureKind.UnusableInput, "数据库中没有“NOPE”的 2021 年度报告。"), compared.Failure);
    }
}
