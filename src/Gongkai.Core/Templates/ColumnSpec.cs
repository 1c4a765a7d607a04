using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>A column of a statutory table: its key, its official label and what its cells hold.</summary>
/// <param name="Id">The typed column key.</param>
/// <param name="Label">The official header label.</param>
/// <param name="Kind">What the column's cells hold.</param>
public sealed record ColumnSpec(ColumnKey Id, string Label, CellKind Kind)
{
    /// <summary>The canonical JSON column key.</summary>
    public string Key => Id.Value;
}
