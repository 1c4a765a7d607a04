using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

// Registry numbers and due-date counts the case use cases need besides the lists.
public sealed partial class CaseRepository
{
    /// <summary>The registry numbers of <paramref name="unitId"/> starting with <paramref name="prefix"/> (e.g. <c>2026-</c>), to pick the next one.</summary>
    public IReadOnlyList<string> NumbersStartingWith(string unitId, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var safe = prefix.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return _db.Query(
            "SELECT number FROM cases WHERE unit_id = @unit AND number LIKE @prefix",
            r => r.GetString(0), ("unit", unitId), ("prefix", safe + "%"));
    }

    /// <summary>
    /// Per unit in <paramref name="scope"/>: its open cases received by <paramref name="from"/> whose stored deadline lies
    /// from <paramref name="from"/> to <paramref name="to"/>, both included (due soon, not yet overdue).
    /// </summary>
    public IReadOnlyDictionary<string, int> OpenDueBetweenByUnit(DateOnly from, DateOnly to, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("from", from), ("to", to) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"""
            SELECT c.unit_id, COUNT(*) FROM cases c JOIN units u ON u.code = c.unit_id
            WHERE c.closed_on IS NULL AND c.received <= @from AND c.due >= @from AND c.due <= @to AND {where}
            GROUP BY c.unit_id
            """,
            r => (Unit: r.GetString(0), Count: (int)r.Long(1)), [.. parameters]).ToDictionary(e => e.Unit, e => e.Count, StringComparer.Ordinal);
    }
}
