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

        using var reader = XmlReader.Create(new StringReader(stylesXml), WordXml.Settings);
        string? id = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.Main)
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
                case "outlineLvl" when id is not null && int.TryParse(reader.GetAttribute("val", WordXml.Main), out var outline) && outline is >= 0 and < 9:
                    levels[id] = outline + 1;
                    break;
            }
        }

        return levels;
    }

    private static int? HeadingDigit(string name) =>
        name.Length > 0 && char.IsAsciiDigit(name[^1]) && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal))
            ? name[^1] - '0'
            : null;
}
