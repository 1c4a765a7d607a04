using System.Text;
using Gongkai.Core.Model;
using Gongkai.Core.Rules;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;
using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Importing;

/// <summary>Parses a file and computes everything the store needs, on any thread (no database access).</summary>
public sealed class ReportPreparer
{
    private static readonly ReportJsonOptions Compact = ReportJsonOptions.Default with { Indented = false };
    private static readonly ReportJsonOptions CanonicalCompact = ReportJsonOptions.CanonicalOnly with { Indented = false };

    private readonly ReportPipeline _pipeline;
    private readonly UnitMatcher _matcher;
    private readonly ReportChecker _checker;

    /// <summary>
    /// A preparer reading with <paramref name="pipeline"/>, matching agencies with <paramref name="matcher"/> and
    /// checking each report once with <paramref name="checker"/> (<see cref="ReportChecker.Default"/> when not given),
    /// with the level the registry knows (the pipeline only reads).
    /// </summary>
    public ReportPreparer(ReportPipeline pipeline, UnitMatcher matcher, ReportChecker? checker = null)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _matcher = matcher ?? throw new ArgumentNullException(nameof(matcher));
        _checker = checker ?? ReportChecker.Default;
    }

    /// <summary>Prepares the file <paramref name="path"/> whose bytes are <paramref name="content"/>.</summary>
    /// <returns>The prepared report, or why (Chinese, naming the file) it cannot be stored.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled while the file was read.</exception>
    public (PreparedReport? Report, ImportFailure? Failure) Prepare(string path, byte[] content, string? sha256 = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parsed = _pipeline.Parse(content, path, cancellation);
        if (!parsed.Succeeded)
        {
            return (null, new ImportFailure(path, parsed.Failure, parsed.FailureDetail));
        }

        var modified = File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : DateTimeOffset.UtcNow;
        return (Build(parsed.Report, path, content, sha256, modified), null);
    }

    /// <summary>
    /// Prepares a report already in memory (e.g. read back from canonical JSON or generated), stored with
    /// <paramref name="content"/> as its original file.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The name to record as its source.</param>
    /// <param name="content">The bytes to keep as its original file.</param>
    /// <param name="modifiedAt">When that file was last changed (ranks versions of equal 落款 date); now when not given.</param>
    public PreparedReport PrepareParsed(AnnualReport report, string path, byte[] content, DateTimeOffset? modifiedAt = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        return Build(report, path, content, null, modifiedAt ?? DateTimeOffset.UtcNow);
    }

    private PreparedReport Build(AnnualReport report, string path, byte[] content, string? sha256, DateTimeOffset modifiedAt)
    {
        var match = _matcher.Match(report.Agency);

        // The registry knows the body's level better than its name does (条例 art. 49 deadlines).
        var level = match.Unit is { } unit ? UnitLevel.ToAgencyLevel(unit.Level, unit.Name) : (AgencyLevel?)null;
        var findings = _checker.Check(report, new CheckContext { AgencyLevel = level });
        var all = report.ReadingDiagnostics.Concat(findings).ToList();
        var canonical = ReportJsonWriter.Write(report, null, CanonicalCompact);
        return new PreparedReport
        {
            SourcePath = path,
            FileSha256 = sha256 ?? StoredFiles.Sha256(content),
            FileSize = content.Length,
            FileModifiedAt = modifiedAt,
            CompressedFile = StoredFiles.Gzip(content),
            Format = report.Input?.Format ?? "unknown",
            Report = report,
            Findings = all,
            ReportJson = ReportJsonWriter.Write(report, all, Compact),
            ContentSha256 = StoredFiles.Sha256(Encoding.UTF8.GetBytes(canonical)),
            Facts = FactRow.From(report),
            Match = match,
            IsSummary = SummaryDetector.IsSummary(report),
        };
    }
}
