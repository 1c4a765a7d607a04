using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;
using Gongkai.Testing;

namespace Gongkai.Core.Tests.Comparison;

public sealed class ReportComparerTests
{
    private static readonly string Base = File.ReadAllText(Path.Combine(RepositoryRoot.Specs, "base-2021.json"));

    [Fact]
    public void A_report_matches_itself_in_every_value()
    {
        var report = ReportJsonReader.Read(Base);

        var comparisons = ReportComparer.Compare(report, report);

        Assert.All(comparisons, c => Assert.True(c.IsMatch, c.Path));
        Assert.Equal(4 + 10 + (25 * 7) + 15, comparisons.Count);
    }

    [Fact]
    public void Names_each_wrong_cell_by_its_path()
    {
        var truth = ReportJsonReader.Read(Base);
        var parsed = truth with { Requests = truth.Requests! with { Rows = truth.Requests.Rows.Where(r => r.Key != "granted").ToList() } };

        var wrong = ReportComparer.Compare(truth, parsed).Where(c => !c.IsMatch).ToList();

        Assert.Equal(7, wrong.Count);
        Assert.Equal("requests.rows.granted.naturalPerson", wrong[0].Path);
        Assert.Equal("(absent)", wrong[0].Actual);
    }

    [Fact]
    public void Counts_a_table_that_should_be_absent_as_wrong()
    {
        var parsed = ReportJsonReader.Read(Base);
        var truth = parsed with { Appeals = null };

        var wrong = ReportComparer.Compare(truth, parsed).Where(c => !c.IsMatch).ToList();

        Assert.Single(wrong);
        Assert.Equal("appeals", wrong[0].Path);
    }

    [Fact]
    public void Counts_every_cell_when_nothing_was_parsed()
    {
        var truth = ReportJsonReader.Read(Base);

        var comparisons = ReportComparer.Compare(truth, null);

        Assert.Equal(0, comparisons.Count(c => c.IsMatch));
    }
}
