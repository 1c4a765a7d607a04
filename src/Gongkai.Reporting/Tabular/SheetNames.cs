using System.Globalization;
using System.Text;

namespace Gongkai.Reporting.Tabular;

/// <summary>
/// Makes sheet names valid and unique within one workbook, by Excel's rules: 1 to 31 characters, none of
/// <c>[ ] : * ? / \</c>, not starting or ending with an apostrophe, not the reserved <c>History</c>, and unique
/// ignoring case. Excel refuses to open a workbook that breaks any of them.
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A valid name close to <paramref name="requested"/>, not yet used in this workbook.</summary>
    public string Claim(string requested)
    {
        var name = Sanitize(requested);
        if (name.Length == 0)
        {
            name = "Sheet" + (_used.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        var unique = name;
        for (var n = 2; IsTaken(unique); n++)
        {
            var suffix = $" ({n.ToString(CultureInfo.InvariantCulture)})";
            unique = Truncate(name, MaxLength - suffix.Length) + suffix;
        }

        _used.Add(unique);
        return unique;
    }

    /// <summary><paramref name="name"/> quoted for a formula or defined name: <c>'问题清单'!$A$1</c>.</summary>
    public static string Quote(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Sanitize(string requested)
    {
        var builder = new StringBuilder(requested.Length);
        foreach (var c in TabularText.Clean(requested))
        {
            builder.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : char.IsControl(c) ? ' ' : c);
        }

        // Trimmed after cutting too: the cut may leave a space or an apostrophe at the end.
        return Truncate(builder.ToString().Trim(' ', '\''), MaxLength).Trim(' ', '\'');
    }

    private bool IsTaken(string name) => _used.Contains(name) || name.Equals("History", StringComparison.OrdinalIgnoreCase);

    // Cuts to at most `length` UTF-16 units without splitting a surrogate pair.
    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
