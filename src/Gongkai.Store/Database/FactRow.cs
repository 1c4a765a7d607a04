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
}
