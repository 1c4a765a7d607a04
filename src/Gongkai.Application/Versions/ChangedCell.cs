using Gongkai.Store.Database;

namespace Gongkai.Application.Versions;

/// <summary>A cell whose value differs between two versions; a cell may be printed blank, or not be in a version at all.</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Before">Its value in the version before (<see langword="null"/> when blank or absent).</param>
/// <param name="WasPresent">Whether the version before has the cell.</param>
/// <param name="After">Its value in this version (<see langword="null"/> when blank or absent).</param>
/// <param name="IsPresent">Whether this version has the cell.</param>
public sealed record ChangedCell(CellKey Cell, decimal? Before, bool WasPresent, decimal? After, bool IsPresent);
