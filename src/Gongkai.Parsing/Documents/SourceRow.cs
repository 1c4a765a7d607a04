using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>One row of a <see cref="SourceTable"/>.</summary>
public sealed record SourceRow(IReadOnlyList<SourceCell> Cells, SourceRef Source);
