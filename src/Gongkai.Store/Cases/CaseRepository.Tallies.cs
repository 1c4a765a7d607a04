using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

// Table 三 counted in SQL from the columns beside the body (never the body), exactly as CaseTables.Build counts: a case
// received in the year is new; received before and open at the end of the year before (closed on 1 January or later, or
// not closed), carried over; each of those closed by 31 December counts under its outcome, every other one is open on
// 31 December.
public sealed partial class CaseRepository
{
    private const string NewCondition = "(c.received >= @first AND c.received <= @last)";
    private const string CarriedCondition = "(c.received < @first AND (c.closed_on IS NULL OR c.closed_on >= @first))";
    private const string EnteredCondition = $"({NewCondition} OR {CarriedCondition})";
    private const string ClosedCondition = $"({EnteredCondition} AND c.closed_on <= @last)";
    private const string OpenAtYearEndCondition = $"({EnteredCondition} AND (c.closed_on IS NULL OR c.closed_on > @last))";

    /// <summary>
    /// The counts of table 三 for <paramref name="unitId"/> in <paramref name="year"/>: one query over the cases new or
    /// carried over, grouped in SQL by kind, outcome, new or not and closed by 31 December or not (no body is read; the
    /// columns it reads are one index, migration 0012).
    /// </summary>
    public CaseTallies Tallies(string unitId, int year)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var groups = _db.Query(
            $"""
            SELECT c.applicant_kind, c.outcome,
                   CASE WHEN {NewCondition} THEN 1 ELSE 0 END,
                   CASE WHEN c.closed_on <= @last THEN 1 ELSE 0 END,
                   COUNT(*)
            FROM cases c WHERE c.unit_id = @unit AND c.received <= @last AND {EnteredCondition}
            GROUP BY c.applicant_kind, c.outcome, CASE WHEN {NewCondition} THEN 1 ELSE 0 END, CASE WHEN c.closed_on <= @last THEN 1 ELSE 0 END
            """,
            r => (Kind: CaseJson.ValueOf<ApplicantKind>(r.GetString(0)), Outcome: r.String(1), IsNew: r.Long(2) == 1, Closed: r.Long(3) == 1, Count: (int)r.Long(4)),
            YearParameters(unitId, year));
        var newReceived = new Dictionary<ApplicantKind, int>();
        var carriedOver = new Dictionary<ApplicantKind, int>();
        var closed = new Dictionary<(CaseOutcome, ApplicantKind), int>();
        var open = new Dictionary<ApplicantKind, int>();
        static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int count)
            where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + count;

        foreach (var group in groups)
        {
            Add(group.IsNew ? newReceived : carriedOver, group.Kind, group.Count);
            if (group.Closed && group.Outcome is { } outcome)
            {
                Add(closed, (CaseJson.ValueOf<CaseOutcome>(outcome), group.Kind), group.Count);
            }
            else
            {
                Add(open, group.Kind, group.Count);
            }
        }

        return new CaseTallies(newReceived, carriedOver, closed, open);
    }

    /// <summary>
    /// The first <paramref name="limit"/> cases counted in <paramref name="cell"/> of <paramref name="unitId"/>'s table 三
    /// for <paramref name="year"/>, in <see cref="CaseTables.Build"/>'s order (by the applicant kind's column, then receipt,
    /// then id); no body is read.
    /// </summary>
    public IReadOnlyList<CaseReference> CountedIn(string unitId, int year, CaseTallyCell cell, int limit)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(cell);
        var parameters = new List<(string, object?)>(YearParameters(unitId, year)) { ("limit", Math.Max(limit, 0)) };
        var conditions = new List<string>
        {
            cell.Group switch
            {
                CaseTallyGroup.NewReceived => NewCondition,
                CaseTallyGroup.CarriedOver => CarriedCondition,
                CaseTallyGroup.Closed => ClosedCondition,
                CaseTallyGroup.OpenAtYearEnd => OpenAtYearEndCondition,
                _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.Group, null),
            },
        };
        if (cell.Kind is { } kind)
        {
            conditions.Add("c.applicant_kind = @kind");
            parameters.Add(("kind", CaseJson.NameOf(kind)));
        }

        if (cell.Group == CaseTallyGroup.Closed && cell.Outcomes.Count > 0)
        {
            var names = cell.Outcomes.Select((outcome, i) => (Name: $"outcome{i}", Value: CaseJson.NameOf(outcome))).ToList();
            conditions.Add($"c.outcome IN ({string.Join(", ", names.Select(n => "@" + n.Name))})");
            parameters.AddRange(names.Select(n => (n.Name, (object?)n.Value)));
        }

        return _db.Query(
            $"SELECT c.id, c.number FROM cases c WHERE c.unit_id = @unit AND {string.Join(" AND ", conditions)} ORDER BY {KindOrder}, c.received, c.id LIMIT @limit",
            r => new CaseReference(r.GetString(0), r.GetString(1)), [.. parameters]);
    }

    /// <summary>The registry numbers of those of <paramref name="ids"/> that are cases of <paramref name="unitId"/>, by id.</summary>
    public IReadOnlyDictionary<string, string> Numbers(string unitId, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(ids);
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        // In chunks: a statement's parameters are limited (SQLite: 32,766).
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var parameters = new List<(string, object?)> { ("unit", unitId) };
            parameters.AddRange(chunk.Select((id, i) => ($"id{i}", (object?)id)));
            var list = string.Join(", ", chunk.Select((_, i) => $"@id{i}"));
            foreach (var reference in _db.Query(
                $"SELECT c.id, c.number FROM cases c WHERE c.unit_id = @unit AND c.id IN ({list})",
                r => new CaseReference(r.GetString(0), r.GetString(1)), [.. parameters]))
            {
                numbers[reference.Id] = reference.Number;
            }
        }

        return numbers;
    }

    // The applicant kinds in the order of table 三's columns (a 总计 cell lists its cases column by column).
    private static readonly string KindOrder =
        $"CASE c.applicant_kind {string.Concat(ApplicantKinds.All.Select((kind, i) => $"WHEN '{CaseJson.NameOf(kind)}' THEN {i} "))}END";

    private static (string, object?)[] YearParameters(string unitId, int year) =>
        [("unit", unitId), ("first", new DateOnly(year, 1, 1)), ("last", new DateOnly(year, 12, 31))];
}
