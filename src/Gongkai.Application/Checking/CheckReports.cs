using Gongkai.Application.Sources;
using Gongkai.Core.Rules;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Application.Checking;

/// <summary>
/// Parse and check: each file read by every reader within its time budget, then its report checked once by
/// <see cref="ReportChecker"/> in the context given. <c>check</c> prints the findings, <c>parse</c> writes them into the JSON.
/// </summary>
public static class CheckReports
{
    /// <summary>Checks every file of <paramref name="options"/>, reporting each one as soon as it is done.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static CheckResult Run(CheckOptions options, IProgress<CheckedReport>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var reports = new List<CheckedReport>(options.Files.Count);
        foreach (var report in Each(options, cancellation))
        {
            progress?.Report(report);
            reports.Add(report);
        }

        return new CheckResult { Reports = reports };
    }

    /// <summary>
    /// The files of <paramref name="options"/> read and checked one at a time as the caller enumerates, so that a
    /// front end can write each result and stop early (<c>parse --out</c> stops at the first file it cannot write).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static IEnumerable<CheckedReport> Each(CheckOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pipeline = ReportPipelines.WithReadTimeout(options.ReadTimeout);
        var context = new CheckContext { AgencyLevel = options.AgencyLevel };
        return options.Files.Select(file => Check(pipeline.ParseFile(file, cancellation), context));
    }

    /// <summary>Checks a report already read (or built, as <c>render</c> completes one); a failed parse has no findings.</summary>
    public static CheckedReport Check(ParseResult parsed, CheckContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new CheckedReport
        {
            Parsed = parsed,
            Findings = parsed.Report is { } report ? ReportChecker.Default.Check(report, context) : [],
        };
    }
}
