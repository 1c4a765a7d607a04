namespace Gongkai.Store.Database;

/// <summary>Receives the cells of a packed version (<see cref="PackedCells.Unpack"/>).</summary>
internal interface IPackedCellSink
{
    /// <summary>A cell printing <paramref name="value"/> (an integer).</summary>
    void Number(int cell, long value);

    /// <summary>A cell printing <paramref name="value"/> (a fraction, or a number beyond <see cref="long"/>).</summary>
    void Number(int cell, decimal value);

    /// <summary>A cell without a number: <paramref name="state"/> 1 blank, 2 unreadable (0: a number stored without a value).</summary>
    void NoNumber(int cell, int state);
}
