using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store;
using Gongkai.Store.Database;
using Gongkai.Store.Queries;

namespace Gongkai.Application.Outputs;

/// <summary>
/// The store's current versions as sheets: wide tables (one row per report, one column per cell) and the report list,
/// with the long CSV's columns (<see cref="ExportCsv"/> writes its rows) and the JSON lines. Rows stream from the database, so exports of any size run in flat memory.
/// </summary>
public sealed class ExportSheets
{
    /// <summary>The columns naming a report, first in every sheet.</summary>
    internal static readonly TabularColumn[] ReportColumns =
    [
        new("单位代码", TabularType.Text), new("单位名称", TabularType.Text), new("区域", TabularType.Text), new("层级", TabularType.Text),
        new("年度", TabularType.Integer), new("版本", TabularType.Integer), new("格式", TabularType.Text),
    ];

    private readonly ReportStore _store;
    private readonly StoreExports _rows;
    private readonly ReportFilter _filter;

    /// <summary>Sheets of the reports in <paramref name="store"/> that match <paramref name="filter"/>.</summary>
    public ExportSheets(ReportStore store, ReportFilter filter)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _filter = filter ?? throw new ArgumentNullException(nameof(filter));
        _rows = new StoreExports(store);
    }

    /// <summary>The columns of the long export (<see cref="ExportCsv.WriteLong(string)"/>), one row per printed cell: the report's, then the cell's table, row and column, its state and value.</summary>
    internal static readonly TabularColumn[] FactColumns =
    [
        .. ReportColumns,
        new("表", TabularType.Text), new("行", TabularType.Text), new("列", TabularType.Text), new("状态", TabularType.Text), new("数值", TabularType.Decimal),
    ];

    /// <summary>One row per report and one column per cell of table <paramref name="table"/> (keys as column headers, e.g. <c>newReceived.total</c>).</summary>
    public TabularSheet Wide(TableKind table)
    {
        var cells = _rows.CellKeys(table);
        var index = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        return new TabularSheet(table.ToDisplayName(), WideColumns(cells), Pivot(_rows.Facts(_filter, table), index));
    }

    /// <summary>The columns of a wide sheet of <paramref name="cells"/> (<see cref="StoreExports.CellKeys"/>).</summary>
    internal static TabularColumn[] WideColumns(IReadOnlyList<CellKey> cells) =>
        [.. ReportColumns, .. cells.Select(c => new TabularColumn($"{c.Row}.{c.Column}", TabularType.Decimal))];

    /// <summary>The values of <see cref="ReportColumns"/> for <paramref name="report"/>.</summary>
    internal static object?[] ReportValues(ExportedReport report) =>
        [report.UnitCode, report.Unit, report.Region, report.Level, report.Year, report.Version, report.Template];

    /// <summary>The reports with their counts of findings and indicators.</summary>
    public TabularSheet Reports() => new("报告", [
            .. ReportColumns,
            new("落款日期", TabularType.Date), new("汇总报告", TabularType.Text), new("错误", TabularType.Integer), new("警告", TabularType.Integer),
        ],
        _store.Reports(_filter).Select(r => (IReadOnlyList<object?>)[
            r.UnitCode, r.UnitName ?? r.Agency, r.Region, r.Level, r.Year, r.Version, r.Template, r.PublishedOn, r.IsSummary ? "是" : "否", r.Errors, r.Warnings]));

    /// <summary>Each report's stored JSON (canonical keys and details) with a <c>store</c> key naming its unit, region and version.</summary>
    public IEnumerable<string> JsonLines() => _rows.JsonLines(_filter);

    /// <summary>The text of the state column.</summary>
    internal static string StateName(CellState state) => state switch
    {
        CellState.Number => "数值",
        CellState.Blank => "空白",
        _ => "无法识读",
    };

    private static IEnumerable<IReadOnlyList<object?>> Pivot(IEnumerable<ExportedFact> facts, Dictionary<CellKey, int> index)
    {
        object?[]? row = null;
        long reportId = -1;
        foreach (var fact in facts)
        {
            if (fact.ReportId != reportId)
            {
                if (row is not null)
                {
                    yield return row;
                }

                reportId = fact.ReportId;
                row = new object?[ReportColumns.Length + index.Count];
                ReportValues(fact).CopyTo(row, 0);
            }

            if (index.TryGetValue(fact.Cell, out var i))
            {
                row![ReportColumns.Length + i] = fact.Value;
            }
        }

        if (row is not null)
        {
            yield return row;
        }
    }

    // The values of ReportColumns.
    private static object?[] ReportValues(ExportedFact f) => [f.UnitCode, f.Unit, f.Region, f.Level, f.Year, f.Version, f.Template];
}
