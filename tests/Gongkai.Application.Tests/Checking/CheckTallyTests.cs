using Gongkai.Application.Checking;
using Gongkai.Core.Diagnostics;
using Gongkai.Testing;

namespace Gongkai.Application.Tests.Checking;

public sealed class CheckTallyTests
{
    [Fact]
    public void Adds_up_what_the_reports_themselves_hold_and_counts_a_file_not_read_apart()
    {
        string[] files = [.. Directory.GetFiles(RepositoryRoot.Samples, "*.txt").Order(StringComparer.Ordinal), Path.Combine(RepositoryRoot.Samples, "缺失.txt")];
        var reports = CheckReports.Run(new CheckOptions { Files = files, Jobs = 2 }).Reports;

        var tally = CheckTally.Of(reports);

        var read = reports.Where(r => r.Succeeded).ToList();
        Assert.Equal((files.Length, files.Length - 1, read.Count(r => r.HasErrors)), (tally.Files, tally.Read, tally.WithErrors));
        Assert.Equal(read.SelectMany(r => r.AllDiagnostics).Count(d => d.Severity == Severity.Warning), tally.Count(Severity.Warning));
        Assert.Equal(read.SelectMany(r => r.AllDiagnostics).CountBy(d => d.Code).OrderBy(c => c.Key, StringComparer.Ordinal), tally.ByCode);
        Assert.Equal(FailureKind.UnusableInput, tally.Outcome);
    }
}
