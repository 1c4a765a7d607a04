using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>The official layout of one statutory table in one edition of the format.</summary>
public sealed record TableSpec(TableKind Kind, IReadOnlyList<RowSpec> Rows)
{
    /// <summary>The row with <paramref name="key"/>, or <see langword="null"/>.</summary>
    public RowSpec? Row(string key)
    {
        foreach (var row in Rows)
        {
            if (row.Key == key)
            {
                return row;
            }
        }

        return null;
    }
}
