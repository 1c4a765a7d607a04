using System.Globalization;
using Gongkai.Core.Model;

namespace Gongkai.Reporting.Layout;

/// <summary>How a value cell is printed: as read when it was read from a report, else in the usual notation.</summary>
public static class CellText
{
    /// <summary>The printed text of <paramref name="cell"/>; empty for a blank or missing cell.</summary>
    public static string Of(Cell? cell)
    {
        if (cell is null || cell.State == CellState.Blank)
        {
            return "";
        }

        if (cell.State == CellState.Unreadable || cell.Raw.Length > 0 && cell.Raw != Plain(cell.Value))
        {
            return cell.Raw;
        }

        if (cell.Value is not { } value)
        {
            return "";
        }

        var text = Plain(value);
        return cell.Kind == CellKind.Change && value > 0 ? "+" + text : text;
    }

    private static string Plain(decimal? value) =>
        value is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "";
}
