namespace Gongkai.Core.Model;

/// <summary>One value cell of a statutory table, as printed.</summary>
/// <remarks>
/// Counts and changes are integers when printed as such; a printed fraction is kept as printed so that the
/// validator can report it. Money is in 万元 (<see cref="CellKind.Money"/>).
/// </remarks>
public sealed record Cell
{
    /// <summary>The column key of the canonical JSON, e.g. <c>total</c> or <c>newlyMade</c>.</summary>
    public required string Column { get; init; }

    /// <summary>What the cell holds by the template.</summary>
    public required CellKind Kind { get; init; }

    /// <summary>Number, blank or unreadable.</summary>
    public required CellState State { get; init; }

    /// <summary>The value when <see cref="State"/> is <see cref="CellState.Number"/>.</summary>
    public decimal? Value { get; init; }

    /// <summary>The cell's text as printed (empty for a blank cell).</summary>
    public string Raw { get; init; } = "";

    /// <summary>Where the cell was read.</summary>
    public SourceRef Source { get; init; }

    /// <summary>
    /// Null when the value was read from its own printed cell; otherwise how it was inferred, or the candidates of a
    /// cell left blank because the layout allows several readings (<see cref="CellInference"/>).
    /// </summary>
    public CellInference? Inference { get; init; }

    /// <summary>Whether the cell is blank (not zero).</summary>
    public bool IsBlank => State == CellState.Blank;

    /// <summary>The value as an integer when it is one.</summary>
    public int? IntValue => Value is { } v && decimal.Truncate(v) == v && v >= int.MinValue && v <= int.MaxValue ? (int)v : null;

    /// <summary>A cell holding <paramref name="value"/>.</summary>
    public static Cell Number(string column, CellKind kind, decimal value, string? raw = null, SourceRef source = default) =>
        new() { Column = column, Kind = kind, State = CellState.Number, Value = value, Raw = raw ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture), Source = source };

    /// <summary>A blank cell.</summary>
    public static Cell Blank(string column, CellKind kind, string raw = "", SourceRef source = default) =>
        new() { Column = column, Kind = kind, State = CellState.Blank, Raw = raw, Source = source };

    /// <summary>A cell whose text is not a number.</summary>
    public static Cell Unreadable(string column, CellKind kind, string raw, SourceRef source = default) =>
        new() { Column = column, Kind = kind, State = CellState.Unreadable, Raw = raw, Source = source };
}
