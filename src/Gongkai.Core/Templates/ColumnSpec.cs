using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>A column of a statutory table: its JSON key, its official label and what its cells hold.</summary>
public sealed record ColumnSpec(string Key, string Label, CellKind Kind);
