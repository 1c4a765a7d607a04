using Gongkai.Core.Cases;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases.Tables;

/// <summary>
/// Table 三 from the store's <see cref="CaseTallies"/>: the catalogue's rows and columns (<see cref="RequestsTemplate"/>),
/// each outcome in its row by <see cref="CaseOutcomes.Row"/> and each applicant kind in its column by
/// <see cref="ApplicantKinds.Column"/>, as <see cref="CaseTables.Build"/> counts the cases one by one. (七)总计 is every
/// closed case and 总计 the six columns, so 一+二 = （七）+四 in every column by construction.
/// </summary>
public static class CaseTallyTable
{
    /// <summary>Table 三 of <paramref name="edition"/>'s format from <paramref name="tallies"/> (every cell a number).</summary>
    public static ReportTable Requests(CaseTallies tallies, TemplateVersion edition)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var spec = RequestsTemplate.For(edition);
        return new ReportTable
        {
            Kind = TableKind.Requests,
            Rows =
            [
                .. spec.Rows.Select(row => new TableRow
                {
                    Key = row.Key,
                    Cells = [.. row.Columns.Select(column => Cell.Number(column.Key, column.Kind, Count(tallies, edition, row.Id, column.Id)))],
                }),
            ],
        };
    }

    /// <summary>
    /// Which cases a cell of table 三 counts (for naming them), or <see langword="null"/> when
    /// <paramref name="row"/> or <paramref name="column"/> is not one of table 三's in <paramref name="edition"/>.
    /// </summary>
    public static CaseTallyCell? CellOf(RowKey row, ColumnKey column, TemplateVersion edition)
    {
        ApplicantKind? kind = column == RequestsTemplate.TotalColumn ? null
            : ApplicantKinds.All.Where(k => ApplicantKinds.Column(k) == column).Select(k => (ApplicantKind?)k).FirstOrDefault();
        if (kind is null && column != RequestsTemplate.TotalColumn)
        {
            return null;
        }

        if (row == RequestsTemplate.NewReceived)
        {
            return new CaseTallyCell(CaseTallyGroup.NewReceived, [], kind);
        }

        if (row == RequestsTemplate.CarriedOver)
        {
            return new CaseTallyCell(CaseTallyGroup.CarriedOver, [], kind);
        }

        if (row == RequestsTemplate.Total)
        {
            return new CaseTallyCell(CaseTallyGroup.Closed, [], kind);
        }

        if (row == RequestsTemplate.CarriedForward)
        {
            return new CaseTallyCell(CaseTallyGroup.OpenAtYearEnd, [], kind);
        }

        var outcomes = OutcomesOf(row, edition);
        return outcomes.Count == 0 ? null : new CaseTallyCell(CaseTallyGroup.Closed, outcomes, kind);
    }

    // The outcomes counted in an outcome row: in the 2019 format (六)其他处理 holds the three (六) outcomes.
    private static List<CaseOutcome> OutcomesOf(RowKey row, TemplateVersion edition) =>
        [.. CaseOutcomes.All.Where(o => CaseOutcomes.Row(o, edition) == row)];

    private static int Count(CaseTallies tallies, TemplateVersion edition, RowKey row, ColumnKey column)
    {
        var kinds = column == RequestsTemplate.TotalColumn
            ? ApplicantKinds.All
            : [.. ApplicantKinds.All.Where(k => ApplicantKinds.Column(k) == column)];
        IReadOnlyDictionary<ApplicantKind, int>? byKind =
            row == RequestsTemplate.NewReceived ? tallies.NewReceived
            : row == RequestsTemplate.CarriedOver ? tallies.CarriedOver
            : row == RequestsTemplate.CarriedForward ? tallies.OpenAtYearEnd
            : null;
        if (byKind is not null)
        {
            return kinds.Sum(k => byKind.GetValueOrDefault(k));
        }

        var outcomes = row == RequestsTemplate.Total ? [.. CaseOutcomes.All] : OutcomesOf(row, edition);
        return kinds.Sum(k => outcomes.Sum(o => tallies.Closed.GetValueOrDefault((o, k))));
    }
}
