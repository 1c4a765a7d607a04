using Gongkai.Core.Model;

namespace Gongkai.Parsing.Documents;

/// <summary>One cell of a table as a reader found it: its text (lines joined) and where it was.</summary>
public sealed record SourceCell(string Text, SourceRef Source)
{
    /// <summary>
    /// The text as the file holds it. Equal to <see cref="Text"/>, except after recognition folds look-alike code
    /// points in <see cref="Text"/> (<c>⾏</c> → 行, <c>Recognition/CodePointFolding</c>): a value's <c>raw</c> keeps this.
    /// </summary>
    public string Printed { get => field ?? Text; init; }
}
