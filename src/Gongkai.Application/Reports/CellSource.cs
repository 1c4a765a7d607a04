using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Store;

namespace Gongkai.Application.Reports;

/// <summary>
/// A value of a stored report and the place in its original file it was read from: for a PDF, its page and box
/// (the page itself is drawn by the caller from the original file); for any other format, the file as its reader
/// saw it, line by line, with the value's line and cell marked.
/// </summary>
/// <param name="Report">The report's listing row.</param>
/// <param name="Cell">The value's table, row and column.</param>
/// <param name="Raw">The value as printed.</param>
/// <param name="Where">Its source: page, line, cell and, for PDF, box.</param>
/// <param name="FileName">The original file's name when imported.</param>
/// <param name="FileSha256">The original file's hash (to fetch it), or <see langword="null"/> when the store has no file.</param>
/// <param name="Format">The format its reader detected, e.g. <c>pdf</c>, <c>html</c>.</param>
/// <param name="Lines">The file's lines as read (empty for a PDF, whose page is drawn instead).</param>
public sealed record CellSource(
    StoredReport Report,
    CellRef Cell,
    string Raw,
    SourceRef Where,
    string FileName,
    string? FileSha256,
    string? Format,
    IReadOnlyList<SourceLine> Lines)
{
    /// <summary>Whether the value is marked on a drawn PDF page.</summary>
    public bool IsPdf => Where.Box is not null;
}
