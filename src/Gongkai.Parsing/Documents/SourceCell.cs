using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>One cell of a table as a reader found it: its text (lines joined) and where it was.</summary>
public sealed record SourceCell(string Text, SourceRef Source);
