namespace Gongkai.Store.Registry;

/// <summary>Matches agency names printed in reports to registered units, from the strongest evidence to the weakest.</summary>
/// <remarks>
/// Exact name or alias keys win outright. The weaker rules (abbreviation, region prefix) only match when they
/// point at exactly one unit; otherwise the report is left unlinked with its candidates listed, because linking a
/// report to the wrong body would silently move its figures into another unit's totals.
/// </remarks>
public sealed class UnitMatcher
{
    private readonly Dictionary<string, List<(RegisteredUnit Unit, bool IsAlias)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RegisteredUnit>> _byAbbreviation = new(StringComparer.Ordinal);
    private readonly List<(string Key, RegisteredUnit Unit)> _allKeys = [];

    /// <summary>A matcher over <paramref name="units"/>.</summary>
    public UnitMatcher(IEnumerable<RegisteredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            Add(AgencyNames.Key(unit.Name), unit, isAlias: false);
            foreach (var alias in unit.Aliases)
            {
                Add(AgencyNames.Key(alias), unit, isAlias: true);
            }
        }
    }

    /// <summary>Whether the registry is empty (nothing can match).</summary>
    public bool IsEmpty => _allKeys.Count == 0;

    /// <summary>Matches <paramref name="agency"/>.</summary>
    public UnitMatch Match(string? agency)
    {
        var key = AgencyNames.Key(agency);
        if (key.Length == 0 || IsEmpty)
        {
            return UnitMatch.None;
        }

        if (_byKey.TryGetValue(key, out var exact))
        {
            var units = exact.Select(e => e.Unit).Distinct().ToList();
            return units.Count == 1
                ? new(exact.All(e => e.IsAlias) ? UnitMatchKind.Alias : UnitMatchKind.Name, units[0], units)
                : new(UnitMatchKind.Ambiguous, null, units);
        }

        if (_byAbbreviation.TryGetValue(AgencyNames.Abbreviate(key), out var abbreviated))
        {
            var units = abbreviated.Distinct().ToList();
            return units.Count == 1 ? new(UnitMatchKind.Abbreviation, units[0], units) : new(UnitMatchKind.Ambiguous, null, units);
        }

        var prefixed = _allKeys.Where(k => RegionPrefixMatches(key, k.Key, k.Unit)).Select(k => k.Unit).Distinct().ToList();
        return prefixed.Count switch
        {
            0 => UnitMatch.None,
            1 => new(UnitMatchKind.RegionPrefix, prefixed[0], prefixed),
            _ => new(UnitMatchKind.Ambiguous, null, prefixed),
        };
    }

    // One name is the other with region names in front: 东山市西湖区教育局 vs 西湖区教育局, where 东山市 is in the
    // unit's region path. A bare suffix is not enough (教育局 must not match every 教育局).
    private static bool RegionPrefixMatches(string reportKey, string unitKey, RegisteredUnit unit)
    {
        var (longer, shorter) = reportKey.Length >= unitKey.Length ? (reportKey, unitKey) : (unitKey, reportKey);
        if (longer.Length == shorter.Length || !longer.EndsWith(shorter, StringComparison.Ordinal) || shorter.Length < 4)
        {
            return false;
        }

        var prefix = longer[..^shorter.Length];
        var segments = unit.Region.Split('/').Select(AgencyNames.Key).ToList();
        while (prefix.Length > 0)
        {
            var segment = segments.FirstOrDefault(s => s.Length > 0 && prefix.StartsWith(s, StringComparison.Ordinal));
            if (segment is null)
            {
                return false;
            }

            prefix = prefix[segment.Length..];
        }

        return true;
    }

    private void Add(string key, RegisteredUnit unit, bool isAlias)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
            _allKeys.Add((key, unit));
        }
        else if (list.All(e => e.Unit != unit))
        {
            _allKeys.Add((key, unit));
        }

        list.Add((unit, isAlias));
        var abbreviation = AgencyNames.Abbreviate(key);
        if (!_byAbbreviation.TryGetValue(abbreviation, out var abbreviated))
        {
            _byAbbreviation[abbreviation] = abbreviated = [];
        }

        if (!abbreviated.Contains(unit))
        {
            abbreviated.Add(unit);
        }
    }
}
