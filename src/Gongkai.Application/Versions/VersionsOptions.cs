using Gongkai.Store;

namespace Gongkai.Application.Versions;

/// <summary>Whose report's versions to list (the options of <c>gongkai versions</c>, or a report id from the web).</summary>
public sealed record VersionsOptions
{
    /// <summary>The unit's registry code or name (with <see cref="Year"/>), when <see cref="ReportId"/> is not given.</summary>
    public string Agency { get; init; } = "";

    /// <summary>The report's year, when <see cref="ReportId"/> is not given.</summary>
    public int Year { get; init; }

    /// <summary>The stored report's id, instead of <see cref="Agency"/> and <see cref="Year"/>.</summary>
    public long? ReportId { get; init; }

    /// <summary>Whose reports may be listed (the CLI's: all); a report outside it is not found.</summary>
    public required AccessScope Scope { get; init; }
}
