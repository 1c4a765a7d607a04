using Gongkai.Core.Diagnostics;

namespace Gongkai.Reporting.Html;

/// <summary>How <see cref="HtmlReportWriter.WriteTable(System.Text.StringBuilder, Layout.LaidOutTable, HtmlTableOptions)"/> writes a table into a page it does not own.</summary>
public sealed record HtmlTableOptions
{
    /// <summary>The stand-alone page's way: inline column widths, no marks.</summary>
    public static HtmlTableOptions Default { get; } = new();

    /// <summary>Marks for a value cell, or <see langword="null"/> for none.</summary>
    public Func<CellRef, HtmlCellMark?>? Mark { get; init; }

    /// <summary>Where a value cell's text links to (查看原文: where the value was read), or <see langword="null"/> for no link.</summary>
    public Func<CellRef, string?>? Link { get; init; }

    /// <summary>
    /// The HTML written inside a value cell instead of its text (the input of an online form), or <see langword="null"/>
    /// for the text. The caller encodes what it writes.
    /// </summary>
    public Func<Layout.LaidOutCell, string?>? ValueHtml { get; init; }

    /// <summary>
    /// Whether <c>style</c> attributes may be written. A page under a Content-Security-Policy without
    /// <c>'unsafe-inline'</c> cannot use them: the column widths are then written as <c>width</c> attributes.
    /// </summary>
    public bool InlineStyles { get; init; } = true;
}
