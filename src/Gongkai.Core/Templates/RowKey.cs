namespace Gongkai.Core.Templates;

/// <summary>
/// The key of a statutory table's row, as the report JSON writes it (e.g. <c>newReceived</c>). Code names rows
/// through the template classes' typed members, so each JSON key string is written once, in the catalogue.
/// </summary>
/// <param name="Value">The JSON key.</param>
public readonly record struct RowKey(string Value)
{
    /// <summary>The JSON key, for the report model's string-keyed lookups.</summary>
    public static implicit operator string(RowKey key) => key.Value;

    /// <inheritdoc/>
    public override string ToString() => Value;
}
