using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Cases;

/// <summary>Tables 三 and 四 of a year from the cases and appeals themselves (docs/cases-model.md).</summary>
public static class CaseTables
{
    /// <summary>
    /// The tables of <paramref name="year"/> in <paramref name="edition"/>'s format. Table 三: a case received in the year
    /// is 一、本年新收; received before and still open at the end of the year before, 二、上年结转; each of those closed by
    /// 31 December counts in its outcome's row, every other one in 四、结转下年度继续办理; each case once, in its applicant
    /// kind's column. So 一+二 = （七）+四 by construction. Table 四: the appeals filed in the year, in their result's
    /// cell, or 尚未审结 when not decided by 31 December (an assumption, docs/cases-model.md).
    /// </summary>
    public static CaseTablesResult Build(IEnumerable<RequestCase> cases, IEnumerable<CaseAppeal> appeals, int year, TemplateVersion edition)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(appeals);
        var all = cases.ToList();
        var behind = new Dictionary<(TableKind, string, string), List<string>>();
        var firstDay = new DateOnly(year, 1, 1);
        var lastDay = new DateOnly(year, 12, 31);
        foreach (var c in all.OrderBy(c => c.Received).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            RowKey? entry = c.Received >= firstDay && c.Received <= lastDay ? RequestsTemplate.NewReceived
                : c.Received < firstDay && c.IsOpenOn(firstDay.AddDays(-1)) ? RequestsTemplate.CarriedOver
                : null;
            if (entry is not { } entered)
            {
                continue;
            }

            var column = ApplicantKinds.Column(c.Applicant.Kind);
            Add(behind, TableKind.Requests, entered, column, c.Id);
            if (c.ClosedOn is { } closed && closed <= lastDay)
            {
                Add(behind, TableKind.Requests, CaseOutcomes.Row(c.Outcome!.Value, edition), column, c.Id);
                Add(behind, TableKind.Requests, RequestsTemplate.Total, column, c.Id);
            }
            else
            {
                Add(behind, TableKind.Requests, RequestsTemplate.CarriedForward, column, c.Id);
            }
        }

        foreach (var appeal in appeals.Where(a => a.Filed.Year == year).OrderBy(a => a.Filed).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            Add(behind, TableKind.Appeals, AppealGroup(appeal.Kind), AppealColumn(appeal, lastDay), appeal.CaseId);
        }

        var requestsSpec = RequestsTemplate.For(edition);
        AddTotals(behind, TableKind.Requests, requestsSpec.Rows.Select(r => r.Id), RequestsTemplate.ApplicantColumns, RequestsTemplate.TotalColumn);
        AddTotals(behind, TableKind.Appeals, AppealsTemplate.Table.Rows.Select(r => r.Id), AppealsTemplate.Parts, AppealsTemplate.Total);
        var frozen = behind.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value);
        return new CaseTablesResult(
            year,
            edition,
            Table(requestsSpec, frozen),
            Table(AppealsTemplate.Table, frozen),
            frozen,
            all.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Number, StringComparer.Ordinal));
    }

    private static RowKey AppealGroup(AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => AppealsTemplate.Reconsideration,
        AppealKind.LitigationDirect => AppealsTemplate.LitigationDirect,
        AppealKind.LitigationAfterReconsideration => AppealsTemplate.LitigationAfterReconsideration,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // Assumption (docs/cases-model.md): an appeal decided after 31 December of its filing year is 尚未审结 in that year.
    private static ColumnKey AppealColumn(CaseAppeal appeal, DateOnly lastDay) =>
        appeal.Decided is not { } decided || decided > lastDay ? AppealsTemplate.Pending : appeal.Result switch
        {
            AppealResult.Upheld => AppealsTemplate.Upheld,
            AppealResult.Corrected => AppealsTemplate.Corrected,
            AppealResult.Other => AppealsTemplate.Other,
            _ => AppealsTemplate.Pending,
        };

    // The 总计 column of every row: the cases of its parts' cells (the (七) 总计 row was filled case by case above).
    private static void AddTotals(
        Dictionary<(TableKind, string, string), List<string>> behind, TableKind table, IEnumerable<RowKey> rows, IReadOnlyList<ColumnKey> parts, ColumnKey total)
    {
        foreach (var row in rows)
        {
            foreach (var part in parts)
            {
                if (behind.TryGetValue((table, row, part), out var ids))
                {
                    foreach (var id in ids)
                    {
                        Add(behind, table, row, total, id);
                    }
                }
            }
        }
    }

    private static void Add(Dictionary<(TableKind, string, string), List<string>> behind, TableKind table, RowKey row, ColumnKey column, string id)
    {
        if (!behind.TryGetValue((table, row, column), out var ids))
        {
            ids = [];
            behind[(table, row, column)] = ids;
        }

        ids.Add(id);
    }

    private static ReportTable Table(TableSpec spec, IReadOnlyDictionary<(TableKind, string, string), IReadOnlyList<string>> behind) => new()
    {
        Kind = spec.Kind,
        Rows =
        [
            .. spec.Rows.Select(row => new TableRow
            {
                Key = row.Key,
                Cells = [.. row.Columns.Select(c => Cell.Number(c.Key, c.Kind, behind.TryGetValue((spec.Kind, row.Key, c.Key), out var ids) ? ids.Count : 0))],
            }),
        ],
    };
}
