using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>A block of a <see cref="SourceDocument"/>: a paragraph or a table.</summary>
public abstract record Block(SourceRef Source);
