namespace Gongkai.Web.Api;

/// <summary>A changed cell by its canonical path (<c>table.row.column</c>), with its value before and after (null: blank or absent).</summary>
internal sealed record ChangeItem(string Cell, decimal? Before, decimal? After);
