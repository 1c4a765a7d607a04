using Gongkai.Store;

namespace Gongkai.Application.Versions;

/// <summary>
/// Whose report's versions to list: a unit and year (the options of <c>gongkai versions</c>), or a stored report's id
/// (the web application), always within the caller's scope.
/// </summary>
public sealed record VersionsOptions
{
    /// <summary>The unit's registry code or name (with <see cref="Year"/>), when <see cref="ReportId"/> is not given.</summary>
    public string? Agency { get; init; }

    /// <summary>The report's year.</summary>
    public int Year { get; init; }

    /// <summary>The stored report's id; when given, <see cref="Agency"/> and <see cref="Year"/> are not used.</summary>
    public long? ReportId { get; init; }

    /// <summary>Who is asking: a report outside the scope is not found (the command line: all).</summary>
    public AccessScope Scope { get; init; } = AccessScope.All;
}
