namespace Gongkai.Store;

/// <summary>
/// Which reports a user may see, applied inside every query of reports (<see cref="ReportFilter.Scope"/>), so that a
/// report outside it is not found, whatever id is asked for.
/// </summary>
public sealed record AccessScope
{
    private AccessScope(AccessKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Every report (系统管理员, and the command line).</summary>
    public static AccessScope All { get; } = new(AccessKind.All, null);

    /// <summary>
    /// The reports the public may read: those published (公开: imported copies of published documents, or published
    /// by a 区域管理员 or 系统管理员) and linked to a registered unit (the office's registry vouches for who published
    /// them); reports of unknown origin stay with the office until they are linked, reports filled in online until they
    /// are published.
    /// </summary>
    public static AccessScope Public { get; } = new(AccessKind.Public, null);

    /// <summary>What the scope limits.</summary>
    public AccessKind Kind { get; }

    /// <summary>The region path or unit code, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>The reports of units in <paramref name="regionPath"/> and the regions below it (区域管理员).</summary>
    /// <remarks>A path from its root (<c>青禾省/青禾市</c>), matched by prefix only: a segment of another path never matches.</remarks>
    public static AccessScope Region(string regionPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionPath);
        return new(AccessKind.Region, regionPath.Trim().Trim('/'));
    }

    /// <summary>The reports of the unit <paramref name="unitCode"/> (填报单位).</summary>
    public static AccessScope Unit(string unitCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(unitCode);
        return new(AccessKind.Unit, unitCode.Trim());
    }

    /// <summary>Whether a unit of the registry is inside the scope (the rule <see cref="ToSql"/> applies to reports, for units).</summary>
    /// <remarks>The public's scope covers every registered unit: the registry names government agencies, which is public.</remarks>
    public bool Covers(string unitCode, string unitRegion)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        ArgumentNullException.ThrowIfNull(unitRegion);
        return Kind switch
        {
            AccessKind.All or AccessKind.Public => true,
            AccessKind.Unit => unitCode == Value,
            AccessKind.Region => unitRegion == Value || unitRegion.StartsWith(Value + "/", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="unit"/> of the registry is inside the scope (<see cref="Covers(string, string)"/>).</summary>
    public bool Covers(Registry.RegisteredUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Covers(unit.Code, unit.Region);
    }

    internal string? ToSql(List<(string, object?)> parameters) => Kind switch
    {
        AccessKind.All => null,
        AccessKind.Public => "(r.unit_id IS NOT NULL AND r.published_at IS NOT NULL)",
        AccessKind.Unit => Add(parameters, "u.code = @scopeUnit", ("scopeUnit", Value)),
        // LIKE's wildcards never occur in region names (ReportFilter drops them the same way).
        AccessKind.Region => Add(parameters, "(u.region = @scopeRegion OR u.region LIKE @scopeRegionBelow)",
            ("scopeRegion", Value), ("scopeRegionBelow", Value!.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "/%")),
        _ => throw new InvalidOperationException($"Unknown scope {Kind}."),
    };

    private static string Add(List<(string, object?)> parameters, string clause, params (string, object?)[] values)
    {
        parameters.AddRange(values);
        return clause;
    }
}
