using Gongkai.Application.Checking;
using Gongkai.Application.Sources;
using Gongkai.Core.Comparison;
using Gongkai.Core.Serialization;

namespace Gongkai.Corpus.Tests.Support;

/// <summary>Parses a report and asserts it equals its truth JSON value by value, listing every difference.</summary>
internal static class Golden
{
    public static void AssertParsesToTruth(string rawFile, string truthFile) => AssertParsesToTruth(rawFile, truthFile, KnownDifferences.None);

    /// <summary>
    /// As <see cref="AssertParsesToTruth(string, string)"/>, except that the differences listed in
    /// <paramref name="known"/> (a known gap of the parser, recorded with its reason) are expected: any other
    /// difference fails, and so does a listed one that no longer occurs, so the list only ever shrinks.
    /// </summary>
    public static void AssertParsesToTruth(string rawFile, string truthFile, KnownDifferences known)
    {
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);
        var parsed = ReportPipelines.Full.ParseFile(rawFile);
        Assert.True(parsed.Succeeded, parsed.Failure);

        var stem = Path.GetFileNameWithoutExtension(rawFile);
        var expected = known.Of(stem);
        var wrong = ReportComparer.Compare(truth, parsed.Report).Where(c => !c.IsMatch).ToList();
        var unexpected = wrong.Where(c => !expected.Contains(c.Path)).ToList();
        var mended = expected.Except(wrong.Select(c => c.Path), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        Assert.True(unexpected.Count == 0, $"{Path.GetFileName(rawFile)}: {unexpected.Count} wrong\n" +
            string.Join('\n', unexpected.Select(c => $"  {c.Path}: expected {c.Expected}, parsed {c.Actual}")));
        Assert.True(mended.Count == 0, $"{Path.GetFileName(rawFile)}: now read right, remove from {known.File}:\n  " + string.Join("\n  ", mended));
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
