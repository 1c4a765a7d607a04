using System.Globalization;

namespace Gongkai.Reporting.Tabular;

/// <summary>How a cell is written.</summary>
internal enum TabularCellKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>
/// A value checked against its column and reduced to what both writers need: text (cleaned of characters XML
/// cannot hold), a number in invariant notation, or a date.
/// </summary>
internal readonly record struct TabularCell(TabularCellKind Kind, string Text, DateOnly Date = default)
{
    public static readonly TabularCell Empty = new(TabularCellKind.Empty, "");

    /// <summary>The cell for <paramref name="value"/> in <paramref name="column"/>; a value the column cannot hold is a bug.</summary>
    /// <exception cref="ArgumentException">The value's type does not fit the column, or a double is not finite.</exception>
    public static TabularCell From(object? value, TabularColumn column, long row)
    {
        if (value is null)
        {
            return Empty;
        }

        var cell = column.Type switch
        {
            TabularType.Text => AsText(value),
            TabularType.Integer => value switch
            {
                int or long => Number(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                _ => (TabularCell?)null,
            },
            TabularType.Decimal => value switch
            {
                int or long => Number(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                // decimal's own invariant form never uses an exponent and keeps the printed digits (4195.8936).
                decimal d => Number(d.ToString(CultureInfo.InvariantCulture)),
                double d when double.IsFinite(d) => Number(d.ToString("R", CultureInfo.InvariantCulture)),
                _ => null,
            },
            TabularType.Date => value is DateOnly date ? new TabularCell(TabularCellKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date) : null,
            _ => null,
        };
        return cell ?? throw new ArgumentException(
            $"Row {row}, column \"{column.Header}\": a {value.GetType().Name} value ({value}) does not fit a {column.Type} column.", nameof(value));
    }

    /// <summary>Text as it is, other values in their invariant form: a text column takes anything printable.</summary>
    private static TabularCell AsText(object value) => value switch
    {
        string s => new TabularCell(TabularCellKind.Text, TabularText.Clean(s)),
        DateOnly date => new TabularCell(TabularCellKind.Text, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        double d => new TabularCell(TabularCellKind.Text, d.ToString("R", CultureInfo.InvariantCulture)),
        IFormattable formattable => new TabularCell(TabularCellKind.Text, TabularText.Clean(formattable.ToString(null, CultureInfo.InvariantCulture))),
        _ => new TabularCell(TabularCellKind.Text, TabularText.Clean(value.ToString() ?? "")),
    };

    private static TabularCell Number(string text) => new(TabularCellKind.Number, text);
}
