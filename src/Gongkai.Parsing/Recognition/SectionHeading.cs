using Gongkai.Core.Model;

namespace Gongkai.Parsing.Recognition;

/// <summary>A paragraph recognised as the heading of one of the six sections.</summary>
internal sealed record SectionHeading(int RowIndex, SectionKind Kind, string Text, SourceRef Source);
