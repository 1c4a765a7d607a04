namespace Gongkai.Reporting.Layout;

/// <summary>One cell of an official table as printed: its text, its spans and whether it is a header (label) cell.</summary>
public sealed record LaidOutCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool IsLabel = true);
