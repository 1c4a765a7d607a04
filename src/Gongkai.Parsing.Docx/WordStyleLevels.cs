using System.Xml;

namespace Gongkai.Parsing.Docx;

/// <summary>Heading levels of paragraph styles (styles.xml): an outline level, or a name such as <c>heading 2</c> / <c>标题 2</c>.</summary>
internal static class WordStyleLevels
{
    public static Dictionary<string, int> Read(string? stylesXml)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        if (stylesXml is null)
        {
            return levels;
        }

        var basedOn = new Dictionary<string, string>(StringComparer.Ordinal);
        var (reader, main) = WordXml.Open(stylesXml);
        using var _ = reader;
        string? id = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || (object)reader.NamespaceURI != main)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "style":
                    id = reader.GetAttribute("styleId", WordXml.Main);
                    break;
                case "name" when id is not null && reader.GetAttribute("val", WordXml.Main) is { } name && HeadingDigit(name) is { } digit:
                    levels.TryAdd(id, digit);
                    break;
                case "basedOn" when id is not null && reader.GetAttribute("val", WordXml.Main) is { } parent:
                    basedOn[id] = parent;
                    break;
                case "outlineLvl" when id is not null && int.TryParse(reader.GetAttribute("val", WordXml.Main), out var outline) && outline is >= 0 and < 9:
                    levels[id] = Math.Min(outline + 1, 6);
                    break;
            }
        }

        // A style based on a heading style is a heading of that level unless it says otherwise.
        foreach (var style in basedOn.Keys)
        {
            var ancestor = style;
            for (var depth = 0; depth < 10 && !levels.ContainsKey(style) && basedOn.TryGetValue(ancestor, out var parentStyle); depth++)
            {
                if (levels.TryGetValue(parentStyle, out var inherited))
                {
                    levels[style] = inherited;
                }

                ancestor = parentStyle;
            }
        }

        return levels;
    }

    private static int? HeadingDigit(string name) =>
        name.Length > 0 && char.IsAsciiDigit(name[^1]) && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal))
            ? Math.Min(name[^1] - '0', 6)
            : null;
}
