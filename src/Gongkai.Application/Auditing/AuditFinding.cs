using Gongkai.Core.Diagnostics;

namespace Gongkai.Application.Auditing;

/// <summary>Where an audit finding comes from.</summary>
public enum AuditSource
{
    /// <summary>The report on its own: the validator's rules and the reading notes, as stored at import.</summary>
    Report,

    /// <summary>The report against the same unit's report on the year before (GK0801–GK0803).</summary>
    CrossYear,

    /// <summary>A summary report against its units' reports (GK0804).</summary>
    Summary,

    /// <summary>The registry: a unit without a report (GK0805), a report without a unit (GK0806).</summary>
    Registry,
}

/// <summary>One problem found by an audit.</summary>
/// <param name="UnitCode">The registered unit, or <see langword="null"/> for a report not linked to one.</param>
/// <param name="Agency">The unit's name, or the name the report prints.</param>
/// <param name="Year">The year audited.</param>
/// <param name="Code">The rule code (GKxxxx).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Cells">The cells concerned, as paths separated by spaces.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
/// <param name="Source">Which check found it.</param>
public sealed record AuditFinding(string? UnitCode, string? Agency, int Year, string Code, Severity Severity, string Cells, string Message, AuditSource Source);
