using Gongkai.Application.Versions;

namespace Gongkai.Web.Api;

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
