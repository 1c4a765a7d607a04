using AngleSharp.Html.Dom;

namespace Gongkai.Parsing.Html;

/// <summary>A table row and its cells as they were when the table was read (<see cref="HtmlTableGrid"/>).</summary>
internal readonly record struct TableRowCells(IHtmlTableRowElement Row, IHtmlTableCellElement[] Cells);
