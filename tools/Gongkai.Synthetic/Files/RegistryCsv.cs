using System.Text;

namespace Gongkai.Synthetic.Files;

/// <summary>The registry as CSV (RFC 4180): <c>code,name,level,region,parent,aliases</c>, aliases joined by <c>;</c>.</summary>
internal static class RegistryCsv
{
    public const string Header = "code,name,level,region,parent,aliases";

    public static void Write(IEnumerable<SyntheticUnit> units, TextWriter writer)
    {
        // CRLF line ends, as RFC 4180 specifies.
        writer.Write(Header + "\r\n");
        foreach (var unit in units)
        {
            writer.Write(string.Join(',', Field(unit.Code), Field(unit.Name), Field(unit.Level), Field(unit.Region), Field(unit.ParentCode ?? ""), Field(string.Join(';', unit.Aliases))));
            writer.Write("\r\n");
        }
    }

    // Quoted only when needed: a comma, a quote or a line break; quotes doubled.
    private static string Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return new StringBuilder(value.Length + 2).Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
