using System.Data.Common;
using Gongkai.Core.Model;
using Gongkai.Reporting.Tabular;
using Gongkai.Store.Database;

namespace Gongkai.Store.Export;

/// <summary>
/// The store's current versions as sheets: long facts (one row per cell), wide tables (one row per report, one
/// column per cell) and the report list. Rows stream from the database, so exports of any size run in flat memory.
/// </summary>
public sealed class ExportSheets
{
    private static readonly TabularColumn[] ReportColumns =
    [
        new("单位代码", TabularType.Text), new("单位名称", TabularType.Text), new("区域", TabularType.Text), new("层级", TabularType.Text),
        new("年度", TabularType.Integer), new("版本", TabularType.Integer), new("格式", TabularType.Text),
    ];

    private readonly ReportStore _store;
    private readonly ReportFilter _filter;

    /// <summary>Sheets of the reports in <paramref name="store"/> that match <paramref name="filter"/>.</summary>
    public ExportSheets(ReportStore store, ReportFilter filter)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _filter = filter ?? throw new ArgumentNullException(nameof(filter));
    }

    /// <summary>One row per printed cell: the long format researchers load into R or pandas.</summary>
    public TabularSheet Facts() => new("单元格", [
            .. ReportColumns,
            new("表", TabularType.Text), new("行", TabularType.Text), new("列", TabularType.Text), new("状态", TabularType.Text), new("数值", TabularType.Decimal),
        ],
        StreamFacts().Select(f => (IReadOnlyList<object?>)[.. f.Report, f.Cell.Table, f.Cell.Row, f.Cell.Column, StateName(f.State), f.Value]));

    /// <summary>One row per report and one column per cell of table <paramref name="table"/> (keys as column headers, e.g. <c>newReceived.total</c>).</summary>
    public TabularSheet Wide(TableKind table)
    {
        var tableKey = table.ToJsonKey();
        var cells = _store.Cells.AllKeys().Where(k => k.Table == tableKey).OrderBy(CellKey.Order).ToList();
        var index = cells.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        return new TabularSheet(table.ToDisplayName(), [.. ReportColumns, .. cells.Select(c => new TabularColumn($"{c.Row}.{c.Column}", TabularType.Decimal))],
            Pivot(StreamFacts(tableKey), index));
    }

    /// <summary>The reports with their counts of findings and indicators.</summary>
    public TabularSheet Reports() => new("报告", [
            .. ReportColumns,
            new("落款日期", TabularType.Date), new("汇总报告", TabularType.Text), new("错误", TabularType.Integer), new("警告", TabularType.Integer),
        ],
        _store.Reports(_filter).Select(r => (IReadOnlyList<object?>)[
            r.UnitCode, r.UnitName ?? r.Agency, r.Region, r.Level, r.Year, r.Version, r.Template, r.PublishedOn, r.IsSummary ? "是" : "否", r.Errors, r.Warnings]));

    /// <summary>Each report's stored JSON (canonical keys and details) with a <c>store</c> key naming its unit, region and version.</summary>
    public IEnumerable<string> JsonLines()
    {
        var (where, parameters) = _filter.ToSql();
        using var command = _store.Db.Command(
            $"""
            SELECT v.report_json, u.code, u.region, u.level, v.version, r.id
            FROM reports r JOIN report_versions v ON v.id = r.current_version LEFT JOIN units u ON u.id = r.unit_id
            WHERE {where} ORDER BY {ReportFilter.OrderBy}
            """, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(reader.GetString(0))!.AsObject();
            json["store"] = new System.Text.Json.Nodes.JsonObject
            {
                ["reportId"] = reader.Long(5),
                ["version"] = reader.Long(4),
                ["unitCode"] = reader.String(1),
                ["region"] = reader.String(2),
                ["level"] = reader.String(3),
            };
            yield return json.ToJsonString(StoreJson.Line);
        }
    }

    private static string StateName(CellState state) => state switch
    {
        CellState.Number => "数值",
        CellState.Blank => "空白",
        _ => "无法识读",
    };

    private static IEnumerable<IReadOnlyList<object?>> Pivot(IEnumerable<ExportFact> facts, Dictionary<CellKey, int> index)
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
                fact.Report.CopyTo(row, 0);
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

    private IEnumerable<ExportFact> StreamFacts(string? table = null)
    {
        var (where, parameters) = _filter.ToSql();
        var tableClause = table is null ? "" : "AND c.table_key = @table";
        using var command = _store.Db.Command(
            $"""
            SELECT r.id, u.code, COALESCE(u.name, r.agency), u.region, u.level, r.year, v.version, v.template, f.cell_id, f.state, f.value
            FROM reports r
            JOIN report_versions v ON v.id = r.current_version
            LEFT JOIN units u ON u.id = r.unit_id
            JOIN facts f ON f.version_id = r.current_version
            JOIN cells c ON c.id = f.cell_id
            WHERE {where} {tableClause}
            ORDER BY {ReportFilter.OrderBy}, r.id, f.cell_id
            """, [.. parameters, ("table", table)]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return Read(reader);
        }
    }

    private ExportFact Read(DbDataReader r)
    {
        object?[] report = [r.String(1), r.String(2), r.String(3), r.String(4), r.NullableInt(5), (int)r.Long(6), r.String(7)];
        var state = (int)r.Long(9) switch { 0 => CellState.Number, 1 => CellState.Blank, _ => CellState.Unreadable };
        return new ExportFact(r.Long(0), report, _store.Cells.Key(r.Long(8)), state, r.Decimal(10));
    }

    private sealed record ExportFact(long ReportId, object?[] Report, CellKey Cell, CellState State, decimal? Value);
}
