using Gongkai.Core.Model;

namespace Gongkai.Store.Queries;

/// <summary>
/// Receives the printed cells of exported reports (<see cref="StoreExports.Cells"/>) without an object per cell: each
/// report, then its cells in cell id order (<see cref="StoreExports.KeyOf"/> names an id), then the report's end.
/// </summary>
/// <remarks>Called on the caller's thread while the store reads ahead on another: a sink does not use the store.</remarks>
public interface IExportedCellSink
{
    /// <summary>The cells that follow, up to <see cref="EndReport"/>, are <paramref name="report"/>'s.</summary>
    void Report(ExportedReport report);

    /// <summary>A cell printing the whole number <paramref name="value"/>.</summary>
    void Number(int cellId, long value);

    /// <summary>A cell printing <paramref name="value"/>, as a fact read would return it (4 places at most, no trailing zeros).</summary>
    void Number(int cellId, decimal value);

    /// <summary>A cell without a number: blank, unreadable, or (<see cref="CellState.Number"/>) a number stored without a value.</summary>
    void NoNumber(int cellId, CellState state);

    /// <summary>The report's cells are all given.</summary>
    void EndReport();
}
