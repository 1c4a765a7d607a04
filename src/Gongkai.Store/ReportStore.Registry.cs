using Gongkai.Store.Database;
using Gongkai.Store.Importing;
using Gongkai.Store.Registry;

namespace Gongkai.Store;

/// <summary>The unit registry and the links between reports and units.</summary>
public sealed partial class ReportStore
{
    /// <summary>Every registered unit, by code.</summary>
    public IReadOnlyList<RegisteredUnit> Units()
    {
        var aliases = _db.Query("SELECT unit_id, name FROM unit_names WHERE is_alias = @t", r => (Unit: r.Long(0), Name: r.GetString(1)), ("t", true))
            .ToLookup(a => a.Unit, a => a.Name);
        return _db.Query("SELECT id, code, name, level, region, parent_code FROM units ORDER BY code",
            r => new RegisteredUnit(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.String(5), [.. aliases[r.Long(0)]]) { Id = r.Long(0) });
    }

    /// <summary>A matcher over the registry as stored now.</summary>
    public UnitMatcher Matcher() => new(Units());

    /// <summary>
    /// Adds or updates <paramref name="units"/> (by code) in one transaction, then links stored reports that now
    /// match a unit. Units not in <paramref name="units"/> are kept.
    /// </summary>
    /// <returns>How many units were added and updated, and how many reports were linked.</returns>
    public (int Added, int Updated, int Linked) ImportRegistry(IReadOnlyList<RegisteredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var (added, updated) = _db.InTransaction(() =>
        {
            // Two imports with --registry at once: the second waits, then updates what the first added.
            _db.Lock(RegistryLock);
            int added = 0, updated = 0;
            foreach (var unit in units)
            {
                var id = _db.Scalar<long?>("SELECT id FROM units WHERE code = @c", ("c", unit.Code));
                if (id is { } existing)
                {
                    _db.Execute("UPDATE units SET name = @n, level = @l, region = @r, parent_code = @p WHERE id = @id",
                        ("n", unit.Name), ("l", unit.Level), ("r", unit.Region), ("p", unit.ParentCode), ("id", existing));
                    _db.Execute("DELETE FROM unit_names WHERE unit_id = @id AND is_alias = @f", ("id", existing), ("f", false));
                    updated++;
                }
                else
                {
                    id = _db.Scalar<long>("INSERT INTO units (code, name, level, region, parent_code) VALUES (@c, @n, @l, @r, @p) RETURNING id",
                        ("c", unit.Code), ("n", unit.Name), ("l", unit.Level), ("r", unit.Region), ("p", unit.ParentCode));
                    added++;
                }

                AddName(id.Value, unit.Name, isAlias: false);
                foreach (var alias in unit.Aliases)
                {
                    AddName(id.Value, alias, isAlias: true);
                }
            }

            return (added, updated);
        });

        return (added, updated, Relink());
    }

    /// <summary>Reports not linked to a unit, with the units they might be (the questions for the user).</summary>
    public IReadOnlyList<UnlinkedReport> UnlinkedReports()
    {
        var matcher = Matcher();
        return _db.Query("SELECT id, agency, year FROM reports WHERE unit_id IS NULL ORDER BY year NULLS FIRST, agency NULLS FIRST",
                r => (Id: r.Long(0), Agency: r.String(1), Year: r.NullableInt(2)))
            .Select(r => new UnlinkedReport(r.Id, r.Agency, r.Year, matcher.Match(r.Agency).Candidates))
            .ToList();
    }

    /// <summary>
    /// Links report <paramref name="reportId"/> to the unit <paramref name="unitCode"/> (the user's answer to a
    /// question) and remembers the report's name as an alias, so later imports of that name match.
    /// </summary>
    /// <returns><see langword="false"/> when the report or the unit does not exist.</returns>
    public bool Link(long reportId, string unitCode)
    {
        var unit = Units().FirstOrDefault(u => u.Code == unitCode);
        var report = _db.Query("SELECT agency, year FROM reports WHERE id = @id", r => (Agency: r.String(0), Year: r.NullableInt(1)), ("id", reportId)).FirstOrDefault();
        if (unit is null || report == default)
        {
            return false;
        }

        return _db.InTransaction(() =>
        {
            if (report.Agency is { Length: > 0 } agency)
            {
                AddName(unit.Id, agency, isAlias: true);
            }

            MoveToUnit(reportId, unit, report.Year, "manual");
            return true;
        });
    }

    // Re-matches every report not linked by hand; returns how many changed unit.
    private int Relink()
    {
        var matcher = Matcher();
        var reports = _db.Query("SELECT id, agency, year, unit_id FROM reports WHERE match_kind IS NULL OR match_kind <> 'manual'",
            r => (Id: r.Long(0), Agency: r.String(1), Year: r.NullableInt(2), UnitId: r.NullableLong(3)));
        var linked = 0;
        foreach (var report in reports)
        {
            var match = matcher.Match(report.Agency);
            if (match.Unit is null || match.Unit.Id == report.UnitId)
            {
                continue;
            }

            _db.InTransaction(() =>
            {
                MoveToUnit(report.Id, match.Unit, report.Year, match.KindKey);
                return true;
            });
            linked++;
        }

        return linked;
    }

    // Links a report to a unit. When the unit already has a report for that year (another file printed the name
    // differently), the two are one report: the versions move over, numbered after the existing ones, and the
    // highest-ranked version becomes current (VersionRank).
    private void MoveToUnit(long reportId, RegisteredUnit unit, int? year, string matchKind)
    {
        var identity = ReportIdentity.Of(unit, "", year, $"report-{reportId}");
        _db.Lock(identity);
        var target = _db.Scalar<long?>("SELECT id FROM reports WHERE identity = @i AND id <> @r", ("i", identity), ("r", reportId));
        if (target is not { } into)
        {
            _db.Execute("UPDATE reports SET identity = @i, unit_id = @u, match_kind = @m WHERE id = @r",
                ("i", identity), ("u", unit.Id), ("m", matchKind), ("r", reportId));
            return;
        }

        var offset = _db.Scalar<long?>("SELECT MAX(version) FROM report_versions WHERE report_id = @t", ("t", into)) ?? 0;
        _db.Execute("UPDATE report_versions SET report_id = @t, version = version + @o WHERE report_id = @r", ("t", into), ("o", offset), ("r", reportId));
        _db.Execute($"UPDATE reports SET current_version = (SELECT id FROM report_versions WHERE report_id = @t ORDER BY {VersionRank.NewestFirstSql}, id DESC LIMIT 1), unit_id = @u WHERE id = @t",
            ("t", into), ("u", unit.Id));
        _db.Execute("DELETE FROM reports WHERE id = @r", ("r", reportId));
    }

    private const string RegistryLock = "registry";

    private void AddName(long unitId, string name, bool isAlias)
    {
        var key = AgencyNames.Key(name);
        if (key.Length > 0)
        {
            _db.Execute("INSERT INTO unit_names (name_key, name, unit_id, is_alias) VALUES (@k, @n, @u, @a) ON CONFLICT DO NOTHING", ("k", key), ("n", name), ("u", unitId), ("a", isAlias));
        }
    }
}

/// <summary>A stored report that no registered unit matched, with the units it might be.</summary>
public sealed record UnlinkedReport(long ReportId, string? Agency, int? Year, IReadOnlyList<RegisteredUnit> Candidates);
