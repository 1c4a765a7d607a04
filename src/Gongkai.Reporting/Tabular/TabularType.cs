namespace Gongkai.Reporting.Tabular;

/// <summary>What a column holds, which decides how its cells are written.</summary>
public enum TabularType
{
    /// <summary>Text, written as text even when it looks like a number or a formula (<c>0012</c>, <c>=1+1</c>).</summary>
    Text,

    /// <summary>Whole numbers (<see cref="int"/>, <see cref="long"/>): counts.</summary>
    Integer,

    /// <summary>Numbers with a fraction (<see cref="decimal"/>, <see cref="double"/>, or whole numbers): money in 万元.</summary>
    Decimal,

    /// <summary>Calendar dates (<see cref="DateOnly"/>), shown as <c>yyyy-mm-dd</c>.</summary>
    Date,
}
