using Gongkai.Application.Versions;

namespace Gongkai.Web.Api;

/// <summary><c>GET /api/v1/reports/{id}/versions</c>: the report and its versions, oldest first.</summary>
internal sealed record VersionsResponse(long Id, string? Agency, int? Year, IReadOnlyList<VersionItem> Versions);

/// <summary>One version: when it was stored, what it found, the files that gave it, and the cells it changed.</summary>
internal sealed record VersionItem(
    int Number, bool IsCurrent, DateOnly? PublishedOn, string ImportedAt, int Errors, int Warnings,
    IReadOnlyList<string> Files, IReadOnlyList<ChangeItem>? Changes)
{
    public static VersionItem From(ReportVersion v) => new(
        v.Number, v.IsCurrent, v.PublishedOn, v.ImportedAt, v.Errors, v.Warnings,
        [.. v.Sources.Select(s => Path.GetFileName(s.Path))],
        v.Changes?.Select(c => new ChangeItem(c.Cell.Path, c.WasPresent ? c.Before : null, c.IsPresent ? c.After : null)).ToList());
}

/// <summary>A changed cell by its canonical path (<c>table.row.column</c>), with its value before and after (null: blank or absent).</summary>
internal sealed record ChangeItem(string Cell, decimal? Before, decimal? After);
