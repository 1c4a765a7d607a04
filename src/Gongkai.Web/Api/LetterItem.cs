namespace Gongkai.Web.Api;

/// <summary>A letter just generated: its id, kind, file name and the placeholders left without a value (Chinese).</summary>
internal sealed record LetterItem(long Id, string Kind, string Title, string FileName, IReadOnlyList<string> Warnings);
