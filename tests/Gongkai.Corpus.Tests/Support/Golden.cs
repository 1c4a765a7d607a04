using Gongkai.Application.Checking;
using Gongkai.Application.Sources;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;

namespace Gongkai.Corpus.Tests.Support;

/// <summary>Parses a report and asserts it equals its truth JSON value by value, listing every difference.</summary>
internal static class Golden
{
    public static void AssertParsesToTruth(string rawFile, string truthFile)
    {
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);
        var parsed = ReportPipelines.Full.ParseFile(rawFile);
        Assert.True(parsed.Succeeded, parsed.Failure);

        var wrong = ReportComparer.Compare(truth, parsed.Report).Where(c => !c.IsMatch).ToList();

        Assert.True(wrong.Count == 0, $"{Path.GetFileName(rawFile)}: {wrong.Count} wrong\n" +
            string.Join('\n', wrong.Select(c => $"  {c.Path}: expected {c.Expected}, parsed {c.Actual}")));
    }

    /// <summary>The distinct codes of warnings and errors (reading and checking), sorted.</summary>
    public static string Findings(string rawFile)
    {
        var parsed = CheckReports.Check(ReportPipelines.Full.ParseFile(rawFile));
        Assert.True(parsed.Succeeded, parsed.Failure);
        return string.Join(' ', parsed.AllDiagnostics
            .Where(d => d.Severity >= Core.Diagnostics.Severity.Warning)
            .Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
    }
}
