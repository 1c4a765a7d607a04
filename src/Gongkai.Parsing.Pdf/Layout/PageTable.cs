namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>One table a strategy found: where it is and its grid of cell texts.</summary>
/// <param name="Bounds">The table's outer edges, which place it in reading order and keep paragraphs from joining across it.</param>
/// <param name="Cells">Rows top down of cell texts, every row as wide as the grid; a position covered by a merged cell is empty, its text in the merged cell's top-left position.</param>
/// <param name="CellBoxes">The same grid of each cell's rectangle on the page (a merged cell's whole rectangle in its top-left position), or <see langword="null"/> when the strategy does not know them.</param>
public sealed record PageTable(Box Bounds, string[][] Cells, Box[][]? CellBoxes = null);
