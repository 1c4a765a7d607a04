using System.Data.Common;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Json;
using Gongkai.Store.Database;

namespace Gongkai.Store.Cases;

// The appeals of a case (table 四): stored with the case's unit, so a unit's appeals of a year are one query.
public sealed partial class CaseRepository
{
    private const string AppealColumns = "a.id, a.case_id, a.kind, a.filed, a.result, a.decided";

    /// <summary>Records <paramref name="appeal"/> under its case's unit.</summary>
    /// <returns>Whether it was recorded: <see langword="false"/> when the case does not exist or the id is taken.</returns>
    public bool InsertAppeal(CaseAppeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return _db.Execute(
            """
            INSERT INTO case_appeals (id, case_id, unit_id, kind, filed, result, decided)
            SELECT @id, c.id, c.unit_id, @kind, @filed, @result, @decided FROM cases c WHERE c.id = @case
            ON CONFLICT DO NOTHING
            """,
            [.. AppealValues(appeal)]) == 1;
    }

    /// <summary>Writes the kind, dates and result of <paramref name="appeal"/> over the stored one of the same id and case.</summary>
    /// <returns>Whether such an appeal exists.</returns>
    public bool UpdateAppeal(CaseAppeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return _db.Execute(
            "UPDATE case_appeals SET kind = @kind, filed = @filed, result = @result, decided = @decided WHERE id = @id AND case_id = @case",
            [.. AppealValues(appeal)]) == 1;
    }

    /// <summary>The appeals about case <paramref name="caseId"/>, when the case is in <paramref name="scope"/>, by filing date.</summary>
    public IReadOnlyList<CaseAppeal> AppealsOf(string caseId, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("case", caseId) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"SELECT {AppealColumns} FROM case_appeals a JOIN units u ON u.code = a.unit_id WHERE a.case_id = @case AND {where} ORDER BY a.filed, a.id",
            ReadAppeal, [.. parameters]);
    }

    /// <summary>The appeals filed in <paramref name="year"/> about cases of <paramref name="unitId"/>, when the unit is in <paramref name="scope"/>.</summary>
    public IReadOnlyList<CaseAppeal> Appeals(string unitId, int year, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new List<(string, object?)> { ("unit", unitId), ("first", new DateOnly(year, 1, 1)), ("last", new DateOnly(year, 12, 31)) };
        var where = Scope(scope, parameters);
        return _db.Query(
            $"""
            SELECT {AppealColumns} FROM case_appeals a JOIN units u ON u.code = a.unit_id
            WHERE a.unit_id = @unit AND a.filed >= @first AND a.filed <= @last AND {where} ORDER BY a.filed, a.id
            """,
            ReadAppeal, [.. parameters]);
    }

    private static (string, object?)[] AppealValues(CaseAppeal appeal) =>
    [
        ("id", appeal.Id), ("case", appeal.CaseId), ("kind", CaseJson.NameOf(appeal.Kind)), ("filed", appeal.Filed),
        ("result", CaseJson.NameOf(appeal.Result)), ("decided", appeal.Decided),
    ];

    private static CaseAppeal ReadAppeal(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), CaseJson.ValueOf<AppealKind>(r.GetString(2)), r.Date(3)!.Value,
        CaseJson.ValueOf<AppealResult>(r.GetString(4)), r.Date(5));
}
