using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Tables;

/// <summary>A table mapper's result: the table (null when the zone held none of its rows) and what it noticed.</summary>
internal sealed record MappedTable(ReportTable? Table, IReadOnlyList<Diagnostic> Diagnostics);
