using Gongkai.Core.Diagnostics;

namespace Gongkai.Core.Authoring;

/// <summary>A cell left blank that <see cref="ReportCompleter"/> filled in, and how (Chinese, for the user).</summary>
public sealed record ComputedCell(CellRef Cell, decimal Value, string Rule);
