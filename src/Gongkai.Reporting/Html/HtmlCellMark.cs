namespace Gongkai.Reporting.Html;

/// <summary>Marks on one value cell of an HTML table: a class (e.g. its finding's severity) and a tooltip.</summary>
/// <param name="CssClass">The class added to the cell.</param>
/// <param name="Title">The cell's <c>title</c> (shown on hover).</param>
public sealed record HtmlCellMark(string CssClass, string Title);
