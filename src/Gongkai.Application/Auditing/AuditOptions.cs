using Gongkai.Store;

namespace Gongkai.Application.Auditing;

/// <summary>What to audit (the options of <c>gongkai audit</c>).</summary>
public sealed record AuditOptions
{
    /// <summary>The region: a registry region path or one of its names; <see langword="null"/> for every stored report.</summary>
    public string? Region { get; init; }

    /// <summary>The year audited.</summary>
    public required int Year { get; init; }

    /// <summary>Who is asking: reports and registered units outside the scope are not audited (the command line: all).</summary>
    public required AccessScope Scope { get; init; }

    /// <summary>Where to write the audit as files (XLSX, CSV of the findings, JSON); <see langword="null"/> for none.</summary>
    public string? OutDirectory { get; init; }
}
