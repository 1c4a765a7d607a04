using Gongkai.Application.Batches;
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
    /// The files of <paramref name="options"/> read and checked, in input order, as the caller enumerates, so that a
    /// front end can write each result and stop early (<c>parse --out</c> stops at the first file it cannot write).
    /// With <see cref="CheckOptions.Jobs"/> 1 each file is read only when asked for; with more, up to a bounded window
    /// of files is read ahead on that many threads (<see cref="OrderedParallel"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static IEnumerable<CheckedReport> Each(CheckOptions options, CancellationToken cancellation = default) =>
        Each(options, (report, _) => report, cancellation);

    /// <summary>
    /// As <see cref="Each(CheckOptions, CancellationToken)"/>, with <paramref name="finish"/> applied to each checked
    /// report on the worker that read it (with its index): the rest of a result's heavy work (serialising, writing a
    /// file whose name is known) runs on every core too, and the caller only prints.
    /// </summary>
    public static IEnumerable<TResult> Each<TResult>(CheckOptions options, Func<CheckedReport, int, TResult> finish, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(finish);
        var pipeline = ReportPipelines.WithReadTimeout(options.ReadTimeout);
        var context = new CheckContext { AgencyLevel = options.AgencyLevel };
        return OrderedParallel.Map(options.Files, options.Jobs, (file, index, stop) => finish(Check(pipeline.ParseFile(file, stop), context), index), cancellation);
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
