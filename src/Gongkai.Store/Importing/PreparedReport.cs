using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store.Database;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Importing;

/// <summary>A parsed report ready to store: everything computed off the database thread.</summary>
public sealed record PreparedReport
{
    /// <summary>The file as given on the command line.</summary>
    public required string SourcePath { get; init; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex): the file's address in the store.</summary>
    public required string FileSha256 { get; init; }

    /// <summary>The file's size in bytes.</summary>
    public required long FileSize { get; init; }

    /// <summary>
    /// When the file was last modified: ranks versions of the same 落款 date (<see cref="VersionRank"/>). Kept as the
    /// store keeps it (UTC, whole microseconds), whoever prepares the report.
    /// </summary>
    public required DateTimeOffset FileModifiedAt { get; init => field = VersionRank.StoredTime(value); }

    /// <summary>The file's bytes, gzip-compressed.</summary>
    public required byte[] CompressedFile { get; init; }

    /// <summary>The format the reader detected.</summary>
    public required string Format { get; init; }

    /// <summary>The report read.</summary>
    public required AnnualReport Report { get; init; }

    /// <summary>Reading diagnostics and the validator's findings.</summary>
    public required IReadOnlyList<Diagnostic> Findings { get; init; }

    /// <summary>The report as JSON (canonical keys plus sections, narrative, input and provenance).</summary>
    public required string ReportJson { get; init; }

    /// <summary>SHA-256 of the canonical JSON alone: two files with the same figures have the same content hash.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>Every printed table cell.</summary>
    public required IReadOnlyList<FactRow> Facts { get; init; }

    /// <summary>The registered unit the agency name matched, if any.</summary>
    public required UnitMatch Match { get; init; }

    /// <summary>Whether the report says it sums up its subordinate units (汇总).</summary>
    public required bool IsSummary { get; init; }

    /// <summary>
    /// Whether the report is published (公开) once this version is current. Imports of existing documents are copies of
    /// published reports (the default); a report filled in online is stored unpublished until a 区域管理员 publishes it.
    /// </summary>
    public bool Published { get; init; } = true;

    /// <summary>The normalised agency name.</summary>
    public string AgencyKey => AgencyNames.Key(Report.Agency);

    /// <summary>Which stored report this is a version of (<see cref="ReportIdentity"/>).</summary>
    public string Identity => ReportIdentity.Of(Match.Unit, AgencyKey, Report.Year, FileSha256);

    internal VersionRank Rank => new(Report.PublishedOn, FileModifiedAt, ContentSha256);
}
