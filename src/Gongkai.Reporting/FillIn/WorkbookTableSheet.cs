using System.Globalization;
using Gongkai.Core.Authoring;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting.Layout;
using Gongkai.Reporting.Tabular;

namespace Gongkai.Reporting.FillIn;

/// <summary>Places an official table on its own sheet: merged labels, typed inputs, and the template's totals as formulas.</summary>
internal static class WorkbookTableSheet
{
    private const double MinWidth = 9;
    private const double MaxLabelWidth = 34;

    // Every edition's totals; a table uses those whose cells it prints (2019 and 2021 differ in table 三's (六) rows).
    private static readonly ILookup<CellRef, TotalDefinition> Totals =
        TemplateTotals.For(TemplateVersion.V2019).Concat(TemplateTotals.For(TemplateVersion.V2021)).Distinct().ToLookup(t => t.Total);

    public static SheetBuilder Build(LaidOutTable table)
    {
        var sheet = new SheetBuilder { Landscape = table.Columns > 10 };
        var placed = table.Placed().Select(p => (p.Cell, Row: p.Row + 1, Column: p.Column + 1)).ToList();
        var addresses = placed.Where(p => p.Cell.Cell is not null).ToDictionary(p => p.Cell.Cell!.Value, p => p);
        var widths = new double[table.Columns + 1];
        foreach (var (cell, row, column) in placed)
        {
            if (cell.IsLabel)
            {
                sheet.Text(row, column, cell.Text, WorkbookStyles.Label);
                if (cell.ColumnSpan == 1)
                {
                    widths[column] = Math.Max(widths[column], Math.Min(MaxLabelWidth, TabularText.DisplayWidth(cell.Text) + 2));
                }
            }
            else
            {
                WriteValue(sheet, cell, row, column, addresses);
            }

            // Covered cells carry the border too: Excel draws a merged cell's outline from the cells it covers.
            for (var r = row; r < row + cell.RowSpan; r++)
            {
                for (var c = column; c < column + cell.ColumnSpan; c++)
                {
                    if (r != row || c != column)
                    {
                        sheet.Empty(r, c, WorkbookStyles.Label);
                    }
                }
            }

            sheet.Merge(row, column, cell.RowSpan, cell.ColumnSpan);
        }

        for (var c = 1; c <= table.Columns; c++)
        {
            widths[c] = Math.Max(MinWidth, widths[c]);
            sheet.Width(c, widths[c]);
        }

        // Rows tall enough for their wrapped labels (a label spanning rows shares their height: not counted).
        foreach (var (cell, row, column) in placed.Where(p => p.Cell.RowSpan == 1))
        {
            var width = widths.Skip(column).Take(cell.ColumnSpan).Sum();
            sheet.FitLines(row, SheetBuilder.Lines(cell.Text, width, WorkbookStyles.TablePoints), WorkbookStyles.TablePoints);
        }

        return sheet;
    }

    private static void WriteValue(SheetBuilder sheet, LaidOutCell cell, int row, int column, Dictionary<CellRef, (LaidOutCell Cell, int Row, int Column)> addresses)
    {
        var kind = cell.Cell is { } key ? TemplateLabels.ColumnKind(key.Table, key.Column ?? "") : CellKind.Count;
        if (cell.Cell is { } total && Totals[total].FirstOrDefault(t => t.Parts.All(addresses.ContainsKey)) is { } definition
            && FormulaValue(cell, definition, addresses) is var (useFormula, cached) && useFormula)
        {
            var parts = definition.Parts.Select(p => (addresses[p].Row, addresses[p].Column)).ToList();
            sheet.Formula(row, column, Sum(parts), cached, kind == CellKind.Change ? WorkbookStyles.ChangeFormula : WorkbookStyles.Formula);
            return;
        }

        var (style, rule) = kind switch
        {
            CellKind.Money => (WorkbookStyles.MoneyInput, InputRule.Money),
            CellKind.Change => (WorkbookStyles.ChangeInput, InputRule.Change),
            _ => (WorkbookStyles.CountInput, InputRule.Count),
        };
        if (cell.Text.Length == 0)
        {
            sheet.Empty(row, column, style);
        }
        else if (Parse(cell.Text) is { } number)
        {
            sheet.Number(row, column, number, style);
        }
        else
        {
            sheet.Text(row, column, cell.Text, style); // an unreadable cell keeps its text
        }

        sheet.Input(rule, row, column);
    }

    // A total is a formula when that changes nothing: every cell of it blank (the skeleton), or every part a number
    // and the total their sum. Otherwise the figure as given stays (the validator reports a total that does not add up).
    private static (bool UseFormula, decimal? Cached) FormulaValue(LaidOutCell total, TotalDefinition definition, Dictionary<CellRef, (LaidOutCell Cell, int Row, int Column)> addresses)
    {
        var parts = definition.Parts.Select(p => addresses[p].Cell.Text).ToList();
        if (total.Text.Length == 0 && parts.All(p => p.Length == 0))
        {
            return (true, null);
        }

        var numbers = parts.Select(Parse).ToList();
        if (numbers.Any(n => n is null) || Parse(total.Text) is not { } given || given != numbers.Sum())
        {
            return (false, null);
        }

        return (true, given);
    }

    // SUM over a row or column run as a range, else as a list.
    private static string Sum(List<(int Row, int Column)> parts)
    {
        var sameRow = parts.All(p => p.Row == parts[0].Row) && parts.Select((p, i) => p.Column - i).Distinct().Count() == 1;
        var sameColumn = parts.All(p => p.Column == parts[0].Column) && parts.Select((p, i) => p.Row - i).Distinct().Count() == 1;
        return sameRow || sameColumn
            ? $"SUM({SheetBuilder.Address(parts[0].Row, parts[0].Column)}:{SheetBuilder.Address(parts[^1].Row, parts[^1].Column)})"
            : $"SUM({string.Join(",", parts.Select(p => SheetBuilder.Address(p.Row, p.Column)))})";
    }

    private static decimal? Parse(string text) =>
        decimal.TryParse(text.TrimStart('+'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
