using Gongkai.Core.Model;

namespace Gongkai.Parsing.Values;

/// <summary>What a cell's text means as a value: its state, its number and, when words or units were read, a note.</summary>
internal readonly record struct CellReading(CellState State, decimal? Value, string? Note = null);
