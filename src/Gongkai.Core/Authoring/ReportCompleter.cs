using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Rules.CrossReport;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Authoring;

/// <summary>
/// Fills in the cells of a report being written that the format defines as totals, when they are left blank:
/// table 三's 总计 column and row 三(七), table 四's 总计 of each group, and — from the same body's report on the
/// year before — 二、上年结转, the 2021 现行有效件数 and the 2019 上一年项目数量.
/// </summary>
/// <remarks>
/// Only blank cells are filled, and only when every cell they are computed from holds a number: a total the
/// staff typed is never replaced (the validator checks it: GK0301–GK0303, GK0401, GK0801–GK0803).
/// </remarks>
public static class ReportCompleter
{
    /// <summary>The report with its computable blank cells filled, and the cells filled.</summary>
    public static (AnnualReport Report, IReadOnlyList<ComputedCell> Computed) Complete(AnnualReport report, AnnualReport? previousYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var computed = new List<ComputedCell>();
        var template = report.Template ?? (report.Year is { } y ? TemplateVersionExtensions.RequiredFor(y) : TemplateVersion.V2021);
        var requests = report.Requests is null ? null : Grid.Of(report.Requests);
        var appeals = report.Appeals is null ? null : Grid.Of(report.Appeals);
        var proactive = report.Proactive is null ? null : Grid.Of(report.Proactive);

        FromLastYear(previousYear, report with { Template = template }, requests, proactive, computed);
        // Table 三's rows are those its report prints: a 2021 report may still use 2019's single (六) row.
        var layout = report.Requests is null ? template : TemplateCompleteness.RequestsLayout(report.Requests, template);
        foreach (var total in TemplateTotals.For(layout))
        {
            var grid = total.Total.Table == TableKind.Requests ? requests : appeals;
            if (grid is not null)
            {
                Fill(grid, total, computed);
            }
        }

        return (report with { Requests = requests?.ToTable(), Appeals = appeals?.ToTable(), Proactive = proactive?.ToTable() }, computed);
    }

    // The formulas are the cross-year rules' own (GK0801–GK0803): what they check, this fills in.
    private static void FromLastYear(AnnualReport? previous, AnnualReport current, Grid? requests, Grid? proactive, List<ComputedCell> computed)
    {
        if (previous is null)
        {
            return;
        }

        if (requests is not null)
        {
            foreach (var column in RequestsTemplate.Columns)
            {
                if (CrossYearRules.ExpectedCarriedOver(previous, column.Key) is { } forward)
                {
                    Set(requests, RequestsTemplate.CarriedOver, column.Key, forward, "上年报告“四、结转下年度继续办理”", computed);
                }
            }
        }

        if (proactive is null)
        {
            return;
        }

        foreach (var row in ProactiveTemplate.DocumentRows)
        {
            if (CrossYearRules.ExpectedInForce(previous, current, row) is { } inForce)
            {
                Set(proactive, row, ProactiveTemplate.InForce, inForce, "上年现行有效件数 + 本年制发件数 − 本年废止件数", computed);
            }
        }

        foreach (var row in ProactiveTemplate.ItemRows2019)
        {
            if (CrossYearRules.ExpectedPreviousItems(previous, current, row) is { } items)
            {
                Set(proactive, row, ProactiveTemplate.PreviousItems, items, "上年报告的上一年项目数量 + 本年增/减", computed);
            }
        }
    }

    private static void Fill(Grid grid, TotalDefinition total, List<ComputedCell> computed)
    {
        decimal sum = 0;
        foreach (var part in total.Parts)
        {
            if (grid.Value(part.Row!, part.Column!) is not { } value)
            {
                return;
            }

            sum += value;
        }

        Set(grid, total.Total.Row!, total.Total.Column!, sum, total.Rule, computed);
    }

    private static void Set(Grid grid, string row, string column, decimal value, string rule, List<ComputedCell> computed)
    {
        if (grid.IsBlank(row, column))
        {
            grid.SetNumber(row, column, value);
            computed.Add(new ComputedCell(new CellRef(grid.Kind, row, column), value, rule));
        }
    }

    /// <summary>A table's cells by row and column, editable while completing.</summary>
    private sealed class Grid
    {
        private readonly ReportTable _table;
        private readonly Dictionary<(string Row, string Column), Cell> _cells = [];

        private Grid(ReportTable table)
        {
            _table = table;
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    _cells.TryAdd((row.Key, cell.Column), cell);
                }
            }
        }

        public TableKind Kind => _table.Kind;

        public static Grid Of(ReportTable table) => new(table);

        public decimal? Value(string row, string column) => _cells.TryGetValue((row, column), out var cell) && cell.State == CellState.Number ? cell.Value : null;

        public bool IsBlank(string row, string column) => _cells.TryGetValue((row, column), out var cell) && cell.State == CellState.Blank;

        public void SetNumber(string row, string column, decimal value)
        {
            var cell = _cells[(row, column)];
            _cells[(row, column)] = Cell.Number(column, cell.Kind, value, source: cell.Source);
        }

        public ReportTable ToTable() => _table with
        {
            Rows = [.. _table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => _cells.TryGetValue((r.Key, c.Column), out var updated) ? updated : c)] })],
        };
    }
}
