namespace Gongkai.Application.Cases.Registers;

/// <summary>A register file read: its rows as cases or errors, the headers not imported, and the problems of the file as a whole.</summary>
/// <param name="Rows">Every data row, in sheet order.</param>
/// <param name="IgnoredHeaders">Headers that match no register column.</param>
/// <param name="Problems">Why the file cannot be read at all (Chinese, naming it); when there is one, <paramref name="Rows"/> is empty.</param>
public sealed record RegisterRead(IReadOnlyList<RegisterRow> Rows, IReadOnlyList<string> IgnoredHeaders, IReadOnlyList<string> Problems);
