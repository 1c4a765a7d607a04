using Gongkai.Core.Model;

namespace Gongkai.Store.Database;

/// <summary>One printed cell as stored: its key, number/blank/unreadable, and the value.</summary>
public readonly record struct FactRow(CellKey Cell, CellState State, decimal? Value)
{
    /// <summary>The facts of every table cell <paramref name="report"/> prints.</summary>
    public static List<FactRow> From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new List<FactRow>(160);
        foreach (var table in new[] { report.Proactive, report.Requests, report.Appeals })
        {
            if (table is null)
            {
                continue;
            }

            var tableKey = table.Kind.ToJsonKey();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    facts.Add(new FactRow(new CellKey(tableKey, row.Key, cell.Column), cell.State, cell.State == CellState.Number ? cell.Value : null));
                }
            }
        }

        return facts;
    }

    /// <summary>
    /// The inverse of <see cref="From"/>: a report holding only the tables of <paramref name="facts"/> (in their order) and
    /// <paramref name="template"/>, what the cross-report rules read, without the stored JSON's sections, narrative and sources.
    /// </summary>
    public static AnnualReport Tables(IEnumerable<FactRow> facts, TemplateVersion? template)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var tables = new Dictionary<TableKind, Dictionary<string, List<Cell>>>();
        foreach (var fact in facts)
        {
            if (TableKindExtensions.FromJsonKey(fact.Cell.Table) is not { } kind)
            {
                continue;
            }

            // Dictionaries keep the order of first insertion while nothing is removed: rows come out in the facts' order.
            var rows = tables.TryGetValue(kind, out var found) ? found : tables[kind] = [];
            var cells = rows.TryGetValue(fact.Cell.Row, out var row) ? row : rows[fact.Cell.Row] = [];
            cells.Add(new Cell { Column = fact.Cell.Column, Kind = default, State = fact.State, Value = fact.Value });
        }

        ReportTable? Table(TableKind kind) => tables.TryGetValue(kind, out var rows)
            ? new ReportTable { Kind = kind, Rows = [.. rows.Select(r => new TableRow { Key = r.Key, Cells = r.Value })] }
            : null;
        return new AnnualReport { Template = template, Proactive = Table(TableKind.Proactive), Requests = Table(TableKind.Requests), Appeals = Table(TableKind.Appeals) };
    }
}
