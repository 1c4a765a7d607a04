namespace Gongkai.Reporting.Layout;

/// <summary>An official table as rows of cells with spans, the way HTML and Word express merged cells.</summary>
/// <param name="Title">The table's name, e.g. <c>表三 收到和处理政府信息公开申请情况</c>.</param>
/// <param name="Columns">The number of grid columns.</param>
/// <param name="Rows">The rows; a cell covered by a span from above is not listed.</param>
public sealed record LaidOutTable(string Title, int Columns, IReadOnlyList<IReadOnlyList<LaidOutCell>> Rows);
