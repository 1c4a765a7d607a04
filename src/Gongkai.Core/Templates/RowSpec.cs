namespace Gongkai.Core.Templates;

/// <summary>A row of a statutory table: its JSON key, its official label and its columns.</summary>
/// <param name="Key">The canonical JSON row key.</param>
/// <param name="Label">The official label, with its numbering, e.g. <c>三(三)1 属于国家秘密</c> is <c>1．属于国家秘密</c>.</param>
/// <param name="Columns">The columns of the row, in printed order.</param>
/// <param name="Item">The 第二十条 item the row belongs to in table 二 (e.g. <c>（一）</c>), else <see langword="null"/>.</param>
public sealed record RowSpec(string Key, string Label, IReadOnlyList<ColumnSpec> Columns, string? Item = null);
