using Gongkai.Core.Diagnostics;

namespace Gongkai.Reporting.Layout;

/// <summary>One cell of an official table as printed.</summary>
/// <param name="Text">The printed text.</param>
/// <param name="ColumnSpan">How many grid columns it covers.</param>
/// <param name="RowSpan">How many rows it covers.</param>
/// <param name="IsLabel">Whether it is a header or row label (as opposed to a value).</param>
/// <param name="Cell">For a value cell, the statutory cell it prints: fill-in workbooks need it for formulas and input rules.</param>
public sealed record LaidOutCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool IsLabel = true, CellRef? Cell = null);
