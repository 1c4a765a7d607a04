using Gongkai.Application.Checking;
using Gongkai.Application.Importing;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Rules;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Checking;

public sealed class CheckReportsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-app-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string stem) => Path.Combine(RepositoryRoot.Samples, stem + ".txt");

    private static string[] Codes(CheckedReport report) =>
        [.. report.AllDiagnostics.Where(d => d.Severity >= Severity.Warning).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void Finds_the_problems_each_sample_was_written_with()
    {
        var result = CheckReports.Run(new CheckOptions { Files = [Sample("s01-docx-2021-clean"), Sample("s02-docx-2019-errors"), Sample("s04-pdf-2019-spaces")] });

        Assert.Equal([], Codes(result.Reports[0]));
        Assert.Equal(["GK0301", "GK0303", "GK0601"], Codes(result.Reports[1]));
        Assert.Equal(["GK0104"], Codes(result.Reports[2])); // and GK1002, an Info
        Assert.Equal(FailureKind.ReportErrors, result.Outcome);
    }

    [Fact]
    public void Keeps_the_reading_diagnostics_in_the_report_and_the_rules_findings_apart()
    {
        var result = Assert.Single(CheckReports.Run(new CheckOptions { Files = [Sample("s04-pdf-2019-spaces")] }).Reports);

        Assert.Contains(result.Report!.ReadingDiagnostics, d => d.Code == DiagnosticCodes.ColumnsChosenBySums);
        Assert.Contains(result.Findings, d => d.Code == DiagnosticCodes.BlankCells);
        Assert.DoesNotContain(result.Findings, d => d.Code == DiagnosticCodes.ColumnsChosenBySums);
    }

    [Fact]
    public void Checks_the_deadline_with_the_level_given_rather_than_the_one_the_name_suggests()
    {
        // s02 is a county 住房和城乡建设局 dated 2021-02-10: late for a department (31 January), on time for a government (31 March).
        var asNamed = Assert.Single(CheckReports.Run(new CheckOptions { Files = [Sample("s02-docx-2019-errors")] }).Reports);
        var asGovernment = Assert.Single(CheckReports.Run(new CheckOptions { Files = [Sample("s02-docx-2019-errors")], AgencyLevel = AgencyLevel.Government }).Reports);

        Assert.Contains(asNamed.Findings, d => d.Code == DiagnosticCodes.PublishedLate);
        Assert.DoesNotContain(asGovernment.Findings, d => d.Code == DiagnosticCodes.PublishedLate);
    }

    [Fact]
    public void Says_a_file_could_not_be_read_and_counts_that_above_a_report_with_errors()
    {
        var missing = Path.Combine(_folder, "缺失.txt");

        var result = CheckReports.Run(new CheckOptions { Files = [Sample("s02-docx-2019-errors"), missing] });

        var failed = result.Reports[1];
        Assert.False(failed.Succeeded);
        Assert.Contains(missing, failed.Failure, StringComparison.Ordinal);
        Assert.Empty(failed.Findings);
        Assert.Equal(FailureKind.UnusableInput, result.Outcome);
    }

    [Fact]
    public void Has_no_outcome_to_report_when_every_report_is_clean()
    {
        var result = CheckReports.Run(new CheckOptions { Files = [Sample("s01-docx-2021-clean"), Sample("s06-md-2019-clean")] });

        Assert.Null(result.Outcome);
    }

    [Fact]
    public void Reports_each_file_as_it_is_done_in_the_order_given()
    {
        var files = new[] { Sample("s06-md-2019-clean"), Sample("s01-docx-2021-clean"), Sample("s03-pdf-2021-government") };
        var seen = new List<string>();

        var result = CheckReports.Run(new CheckOptions { Files = files }, new SynchronousProgress<CheckedReport>(r => seen.Add(r.File)));

        Assert.Equal(files, seen);
        Assert.Equal(files, result.Reports.Select(r => r.File));
    }

    [Fact]
    public void Reads_each_file_only_when_the_caller_asks_for_it_on_one_job()
    {
        var later = Path.Combine(_folder, "稍后.txt");
        using var each = CheckReports.Each(new CheckOptions { Files = [Sample("s01-docx-2021-clean"), later], Jobs = 1 }).GetEnumerator();

        Assert.True(each.MoveNext());
        File.Copy(Sample("s06-md-2019-clean"), later); // written after the first file was checked, before the second is asked for
        Assert.True(each.MoveNext());

        Assert.True(each.Current.Succeeded, each.Current.Failure);
        Assert.Equal("青禾市人力资源和社会保障局", each.Current.Report.Agency);
    }
}
