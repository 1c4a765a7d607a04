using Gongkai.Core.Diagnostics;
using Gongkai.Store;
using Gongkai.Store.Queries;
using Gongkai.Store.Registry;

namespace Gongkai.Application.Auditing;

/// <summary>The audit of one region's reports for one year.</summary>
/// <param name="Region">The region (<see langword="null"/>: the whole store).</param>
/// <param name="Year">The year.</param>
/// <param name="Reports">The reports audited (current versions).</param>
/// <param name="Findings">Every finding, by unit then rule.</param>
/// <param name="Totals">The region's totals for the year.</param>
/// <param name="Registered">Registered units in the region.</param>
/// <param name="Missing">Registered units without a report for the year.</param>
public sealed record AuditResult(
    string? Region, int Year, IReadOnlyList<StoredReport> Reports, IReadOnlyList<AuditFinding> Findings, RegionTotals Totals,
    IReadOnlyList<RegisteredUnit> Registered, IReadOnlyList<RegisteredUnit> Missing)
{
    /// <summary>Findings per rule code, most frequent first.</summary>
    public IReadOnlyList<(string Code, Severity Severity, int Count, int Units)> CountsByRule =>
        [.. Findings.GroupBy(f => (f.Code, f.Severity))
            .Select(g => (g.Key.Code, g.Key.Severity, g.Count(), g.Select(f => f.UnitCode ?? f.Agency).Distinct().Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>How many findings have <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The scope the audit was made in; the workbook's sheets read the store within it.</summary>
    public AccessScope Scope { get; init; } = AccessScope.All;

    /// <summary>The files written (<see cref="AuditOptions.OutDirectory"/>), in order.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Why the files could not be written; the audit itself is complete.</summary>
    public UseCaseFailure? Failure { get; init; }
}
