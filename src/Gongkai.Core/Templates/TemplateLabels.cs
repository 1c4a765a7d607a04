using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Official labels of row and column keys across both editions, for messages, and what each column holds.</summary>
public static class TemplateLabels
{
    // Column key → what it holds, from both editions' tables (a key means the same in every row that has it).
    private static readonly Dictionary<(TableKind, string), CellKind> Kinds = new[] { ReportTemplates.V2021, ReportTemplates.V2019 }
        .SelectMany(t => new[] { t.Proactive, t.Requests, t.Appeals }.SelectMany(table => table.Rows.SelectMany(r => r.Columns.Select(c => (Table: table.Kind, c.Key, Holds: c.Kind)))))
        .DistinctBy(c => (c.Table, c.Key))
        .ToDictionary(c => (c.Table, c.Key), c => c.Holds);

    /// <summary>What <paramref name="column"/> holds (件数, 金额 in 万元, 增/减) in either edition; a key neither knows holds a count.</summary>
    public static CellKind ColumnKind(TableKind table, string column) => Kinds.GetValueOrDefault((table, column), CellKind.Count);

    /// <summary>The official label of a row key (the 2021 label where the editions differ).</summary>
    public static string RowLabel(TableKind table, string row) =>
        Find(table, row)?.Label ?? row;

    /// <summary>The official label of a column key, as the row <paramref name="row"/> (when given) prints it.</summary>
    public static string ColumnLabel(TableKind table, string column, string? row = null)
    {
        foreach (var template in new[] { ReportTemplates.V2021, ReportTemplates.V2019 })
        {
            foreach (var spec in template.Table(table).Rows.Where(r => row is null || r.Key == row))
            {
                if (spec.Columns.FirstOrDefault(c => c.Key == column) is { } found)
                {
                    return found.Label;
                }
            }
        }

        return row is null ? column : ColumnLabel(table, column);
    }

    /// <summary>Whether <paramref name="column"/> is a column key of <paramref name="table"/> in either edition.</summary>
    public static bool IsColumn(TableKind table, string column) => ColumnLabel(table, column) != column;

    private static RowSpec? Find(TableKind table, string row) =>
        ReportTemplates.V2021.Table(table).Row(row) ?? ReportTemplates.V2019.Table(table).Row(row);
}
