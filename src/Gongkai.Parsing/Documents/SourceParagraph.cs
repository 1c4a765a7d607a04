using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>A paragraph of body text, or a heading when <see cref="HeadingLevel"/> is above 0.</summary>
/// <param name="Text">The paragraph's text, trimmed.</param>
/// <param name="Source">Where it starts.</param>
/// <param name="HeadingLevel">1–6 for a heading marked as such by the format (Markdown <c>#</c>, HTML <c>h1</c>, a DOCX heading style); 0 otherwise.</param>
public sealed record SourceParagraph(string Text, SourceRef Source, int HeadingLevel = 0) : Block(Source)
{
    /// <summary>The text as the file holds it: equal to <see cref="Text"/> except after look-alike code points are folded (see <see cref="SourceCell.Printed"/>).</summary>
    public string Printed { get => field ?? Text; init; }
}
