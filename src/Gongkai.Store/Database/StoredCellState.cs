using Gongkai.Core.Model;

namespace Gongkai.Store.Database;

/// <summary>
/// The one mapping between <see cref="CellState"/> and the small number the store keeps for it: the <c>state</c>
/// column of <c>facts</c> and the state bits of a packed cell (<see cref="PackedCells"/>). The codes are stored data:
/// never renumber them.
/// </summary>
public static class StoredCellState
{
    /// <summary>How many codes there are (0 to <c>Count − 1</c>), e.g. to index a table by cell and state.</summary>
    public const int Count = 3;

    /// <summary>The code of <see cref="CellState.Number"/>, the only state that carries a value.</summary>
    public const int NumberCode = 0;

    /// <summary>The code stored for <paramref name="state"/>.</summary>
    public static int Code(CellState state) => state switch
    {
        CellState.Number => NumberCode,
        CellState.Blank => 1,
        _ => 2,
    };

    /// <summary>The state a stored <paramref name="code"/> stands for.</summary>
    public static CellState Of(long code) => code switch
    {
        NumberCode => CellState.Number,
        1 => CellState.Blank,
        _ => CellState.Unreadable,
    };
}
