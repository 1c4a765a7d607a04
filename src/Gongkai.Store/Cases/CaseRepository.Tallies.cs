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

    /// <summary>The counts of table 三 for <paramref name="unitId"/> in <paramref name="year"/>, grouped in SQL (no body is read).</summary>
    public CaseTallies Tallies(string unitId, int year)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        var parameters = YearParameters(unitId, year);
        Dictionary<ApplicantKind, int> ByKind(string condition) => _db.Query(
            $"SELECT c.applicant_kind, COUNT(*) FROM cases c WHERE c.unit_id = @unit AND {condition} GROUP BY c.applicant_kind",
            r => (Kind: CaseJson.ValueOf<ApplicantKind>(r.GetString(0)), Count: (int)r.Long(1)), parameters).ToDictionary(e => e.Kind, e => e.Count);

        var closed = _db.Query(
            $"SELECT c.outcome, c.applicant_kind, COUNT(*) FROM cases c WHERE c.unit_id = @unit AND {ClosedCondition} GROUP BY c.outcome, c.applicant_kind",
            r => (Outcome: CaseJson.ValueOf<CaseOutcome>(r.GetString(0)), Kind: CaseJson.ValueOf<ApplicantKind>(r.GetString(1)), Count: (int)r.Long(2)),
            parameters).ToDictionary(e => (e.Outcome, e.Kind), e => e.Count);
        return new CaseTallies(ByKind(NewCondition), ByKind(CarriedCondition), closed, ByKind(OpenAtYearEndCondition));
    }

    /// <summary>
    /// The first <paramref name="limit"/> cases counted in <paramref name="cell"/> of <paramref name="unitId"/>'s table 三
    /// for <paramref name="year"/>, in <see cref="CaseTables.Build"/>'s order (by receipt, then id); no body is read.
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
            $"SELECT c.id, c.number FROM cases c WHERE c.unit_id = @unit AND {string.Join(" AND ", conditions)} ORDER BY c.received, c.id LIMIT @limit",
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

    private static (string, object?)[] YearParameters(string unitId, int year) =>
        [("unit", unitId), ("first", new DateOnly(year, 1, 1)), ("last", new DateOnly(year, 12, 31))];
}
