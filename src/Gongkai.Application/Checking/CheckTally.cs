using Gongkai.Core.Diagnostics;

namespace Gongkai.Application.Checking;

/// <summary>
/// The counts a batch's summary needs, added up report by report, so that <c>check</c> over any number of files keeps
/// only these numbers, not every report, until its summary.
/// </summary>
public sealed class CheckTally
{
    private readonly Dictionary<Severity, int> _bySeverity = [];
    private readonly SortedDictionary<string, int> _byCode = new(StringComparer.Ordinal);

    /// <summary>Files added.</summary>
    public int Files { get; private set; }

    /// <summary>Files read as a report.</summary>
    public int Read { get; private set; }

    /// <summary>Reports with at least one error.</summary>
    public int WithErrors { get; private set; }

    /// <summary>Diagnostics of the reports read (reading diagnostics and findings) by code, in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> ByCode => _byCode;

    /// <summary>
    /// The worst outcome: <see cref="FailureKind.UnusableInput"/> when a file could not be read (something was not
    /// checked at all, which outweighs errors), else <see cref="FailureKind.ReportErrors"/> when a report has errors,
    /// else <see langword="null"/>.
    /// </summary>
    public FailureKind? Outcome => Read < Files ? FailureKind.UnusableInput : WithErrors > 0 ? FailureKind.ReportErrors : null;

    /// <summary>The tally of <paramref name="reports"/>.</summary>
    public static CheckTally Of(IEnumerable<CheckedReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var tally = new CheckTally();
        foreach (var report in reports)
        {
            tally.Add(report);
        }

        return tally;
    }

    /// <summary>Diagnostics of <paramref name="severity"/> in the reports read.</summary>
    public int Count(Severity severity) => _bySeverity.GetValueOrDefault(severity);

    /// <summary>Counts <paramref name="report"/>.</summary>
    public void Add(CheckedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Files++;
        if (!report.Succeeded)
        {
            return;
        }

        Read++;
        var errors = false;
        foreach (var diagnostic in report.AllDiagnostics)
        {
            errors |= diagnostic.Severity == Severity.Error;
            _bySeverity[diagnostic.Severity] = Count(diagnostic.Severity) + 1;
            _byCode[diagnostic.Code] = _byCode.GetValueOrDefault(diagnostic.Code) + 1;
        }

        WithErrors += errors ? 1 : 0;
    }
}
