using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Diagnostics;

/// <summary>A cell of a statutory table, by table, row key and column key (a row or whole table when those are null).</summary>
public readonly record struct CellRef(TableKind Table, string? Row = null, string? Column = null)
{
    /// <summary>The dotted path used in JSON, e.g. <c>requests.newReceived.total</c>.</summary>
    public string Path => Row is null ? Table.ToJsonKey() : Column is null ? $"{Table.ToJsonKey()}.{Row}" : $"{Table.ToJsonKey()}.{Row}.{Column}";

    /// <summary>A Chinese description with the official labels, e.g. <c>表三「一、本年新收政府信息公开申请数量」行「总计」列</c>.</summary>
    public string Describe()
    {
        var text = Table.ToDisplayName();
        if (Row is not null)
        {
            text += $"「{TemplateLabels.RowLabel(Table, Row)}」行";
        }

        if (Column is not null)
        {
            text += $"「{TemplateLabels.ColumnLabel(Table, Column, Row)}」列";
        }

        return text;
    }

    /// <summary>Parses a dotted path such as <c>requests.withheld.stateSecret.total</c>.</summary>
    public static CellRef? TryParse(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var tableKey = dot < 0 ? path : path[..dot];
        var table = TableKindExtensions.FromJsonKey(tableKey);
        if (table is null)
        {
            return null;
        }

        if (dot < 0)
        {
            return new CellRef(table.Value);
        }

        var rest = path[(dot + 1)..];
        var last = rest.LastIndexOf('.');
        if (last > 0 && TemplateLabels.IsColumn(table.Value, rest[(last + 1)..]))
        {
            return new CellRef(table.Value, rest[..last], rest[(last + 1)..]);
        }

        return new CellRef(table.Value, rest);
    }
}
