using System.Text.Json.Serialization;
using Gongkai.Application.Auditing;
using Gongkai.Store;

namespace Gongkai.Application.Outputs;

/// <summary>An audit as its <c>.json</c> file holds it (camelCase, in this order; severities in lower case).</summary>
internal sealed record AuditJson(
    string? Region, int Year, int Reports, int Registered, MissingUnitJson[] Missing, RuleCountJson[] CountsByRule, AuditFindingJson[] Findings)
{
    public static AuditJson From(AuditResult audit)
    {
        var missing = new MissingUnitJson[audit.Missing.Count];
        for (var i = 0; i < missing.Length; i++)
        {
            missing[i] = new MissingUnitJson(audit.Missing[i].Code, audit.Missing[i].Name);
        }

        var counts = audit.CountsByRule;
        var byRule = new RuleCountJson[counts.Count];
        for (var i = 0; i < byRule.Length; i++)
        {
            var (code, severity, count, units) = counts[i];
            byRule[i] = new RuleCountJson(code, SeverityName(severity), count, units);
        }

        var findings = new AuditFindingJson[audit.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = audit.Findings[i];
            findings[i] = new AuditFindingJson(f.UnitCode, f.Agency, f.Year, f.Code, SeverityName(f.Severity), f.Cells, f.Message, f.Source.ToString());
        }

        return new AuditJson(audit.Region, audit.Year, audit.Reports.Count, audit.Registered.Count, missing, byRule, findings);
    }

    private static string SeverityName(Gongkai.Core.Diagnostics.Severity severity) => severity.ToString().ToLowerInvariant();
}

/// <summary>A registered unit without a report for the year.</summary>
internal sealed record MissingUnitJson(string Code, string Name);

/// <summary>How often one rule fired, and in how many units.</summary>
internal sealed record RuleCountJson(string Code, string Severity, int Count, int Units);

/// <summary>One finding of the audit.</summary>
internal sealed record AuditFindingJson(string? UnitCode, string? Agency, int Year, string Code, string Severity, string Cells, string Message, string Source);

/// <summary>Type metadata for the audit's JSON, generated at compile time: no reflection, so Native AOT can write it.</summary>
[JsonSerializable(typeof(AuditJson))]
internal sealed partial class AuditJsonContext : JsonSerializerContext
{
    /// <summary>With <see cref="StoreJson.Indented"/>'s settings.</summary>
    public static AuditJsonContext Indented { get; } = StoreJson.IndentedContext(options => new AuditJsonContext(options));
}
