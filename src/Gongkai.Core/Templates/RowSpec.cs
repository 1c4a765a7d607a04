namespace Gongkai.Core.Templates;

/// <summary>A row of a statutory table: its key, its official label and its columns.</summary>
/// <param name="Id">The typed row key.</param>
/// <param name="Label">The official label, with its numbering, e.g. <c>三(三)1 属于国家秘密</c> is <c>1．属于国家秘密</c>.</param>
/// <param name="Columns">The columns of the row, in printed order.</param>
/// <param name="Item">The 第二十条 item the row belongs to in table 二 (e.g. <c>（一）</c>), else <see langword="null"/>.</param>
public sealed record RowSpec(RowKey Id, string Label, IReadOnlyList<ColumnSpec> Columns, string? Item = null)
{
    /// <summary>The canonical JSON row key.</summary>
    public string Key => Id.Value;

    /// <summary>Where the row sits in table 三's printed numbering (default elsewhere).</summary>
    public RowNumbering Numbering { get; init; }

    /// <summary>
    /// Key phrases of the label and of the wordings reports print instead of it, in matching order: a printed label
    /// containing one is this row (the readers' recognisers match on these).
    /// </summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}
