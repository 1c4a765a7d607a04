using System.Xml;
using System.Xml.Linq;
using Gongkai.Parsing.Reading;

namespace Gongkai.Parsing.Xlsx;

/// <summary>What every sheet needs from the workbook: the visible sheets in order, the shared strings and which cell styles draw borders.</summary>
/// <param name="Sheets">The visible sheets in workbook order.</param>
/// <param name="SharedStrings">The shared string table.</param>
/// <param name="RuledStyles">Cell formats that draw a border.</param>
/// <param name="PercentStyles">Cell formats that show a percentage.</param>
/// <param name="HeadingStyles">Cell formats whose font marks a heading: its level (1 for a title-size font, 2 for a large or bold one).</param>
internal sealed record WorkbookParts(IReadOnlyList<WorkbookParts.Sheet> Sheets, IReadOnlyList<string> SharedStrings, IReadOnlySet<int> RuledStyles, IReadOnlySet<int> PercentStyles, IReadOnlyDictionary<int, int> HeadingStyles)
{
    /// <summary>A visible sheet: its name and the package path of its part.</summary>
    public sealed record Sheet(string Name, string Part);

    private static readonly XNamespace S = SpreadsheetXml.Main;

    public static WorkbookParts Read(OfficeZipPackage package, string file, XlsxReaderLimits limits)
    {
        var workbook = SpreadsheetXml.Load(package.ReadPart("xl/workbook.xml")!);
        var targets = Relationships(package.ReadPart("xl/_rels/workbook.xml.rels"));
        var sheets = new List<Sheet>();
        foreach (var sheet in workbook.Root?.Element(S + "sheets")?.Elements(S + "sheet") ?? [])
        {
            // Hidden sheets hold lookup lists and scratch work, not what the report prints.
            if ((string?)sheet.Attribute("state") is "hidden" or "veryHidden")
            {
                continue;
            }

            var id = (string?)sheet.Attribute(SpreadsheetXml.Relationships + "id");
            if (id is not null && targets.TryGetValue(id, out var target))
            {
                sheets.Add(new Sheet((string?)sheet.Attribute("name") ?? $"Sheet{sheets.Count + 1}", target));
            }

            if (sheets.Count > limits.MaxSheets)
            {
                throw new UnreadableInputException($"{file}：工作簿有超过 {limits.MaxSheets} 个工作表，已拒绝。");
            }
        }

        var strings = package.ReadPart("xl/sharedStrings.xml") is { } shared ? ReadSharedStrings(shared) : [];
        var (ruled, percent, headings) = Styles(package.ReadPart("xl/styles.xml"));
        return new WorkbookParts(sheets, strings, ruled, percent, headings);
    }

    // The root's si items, streamed: the table holds every text of the workbook.
    private static List<string> ReadSharedStrings(string xml)
    {
        var (reader, main) = SpreadsheetXml.Open(xml);
        using var _ = reader;
        var strings = new List<string>();
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return strings;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if ((object)reader.NamespaceURI == main && reader.LocalName == "si")
            {
                strings.Add(SpreadsheetXml.ItemText(reader, main));
            }
            else
            {
                reader.Skip();
            }
        }

        while (reader.Read())
        {
            // to the end, so that a damaged part fails here as it did when loaded whole
        }

        return strings;
    }

    // Relationship id → part path; targets are relative to xl/ unless absolute.
    private static Dictionary<string, string> Relationships(string? xml)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (xml is null)
        {
            return targets;
        }

        foreach (var relationship in SpreadsheetXml.Load(xml).Root?.Elements(SpreadsheetXml.PackageRelationships + "Relationship") ?? [])
        {
            if ((string?)relationship.Attribute("Id") is { } id && (string?)relationship.Attribute("Target") is { } target)
            {
                targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return targets;
    }

    // The cell formats (cellXfs) whose border draws at least one side, those showing a percentage (formats 9, 10), and
    // those whose font is a heading's: 16 points and more a title (level 1), 13.5 and more or bold a heading (level 2).
    private static (HashSet<int> Ruled, HashSet<int> Percent, Dictionary<int, int> Headings) Styles(string? xml)
    {
        HashSet<int> ruled = [], percent = [];
        Dictionary<int, int> headings = [];
        if (xml is null)
        {
            return (ruled, percent, headings);
        }

        var root = SpreadsheetXml.Load(xml).Root;
        var borders = root?.Element(S + "borders")?.Elements(S + "border")
            .Select(b => b.Elements().Any(side => side.Name.LocalName is "left" or "right" or "top" or "bottom" && (string?)side.Attribute("style") is { } style && style != "none"))
            .ToList() ?? [];
        var fontLevels = root?.Element(S + "fonts")?.Elements(S + "font").Select(HeadingLevel).ToList() ?? [];
        var index = 0;
        foreach (var format in root?.Element(S + "cellXfs")?.Elements(S + "xf") ?? [])
        {
            if ((int?)format.Attribute("borderId") is { } border && border >= 0 && border < borders.Count && borders[border])
            {
                ruled.Add(index);
            }

            if ((int?)format.Attribute("numFmtId") is 9 or 10)
            {
                percent.Add(index);
            }

            if ((int?)format.Attribute("fontId") is { } font && font >= 0 && font < fontLevels.Count && fontLevels[font] > 0)
            {
                headings[index] = fontLevels[font];
            }

            index++;
        }

        return (ruled, percent, headings);
    }

    private static int HeadingLevel(XElement font)
    {
        var size = double.TryParse((string?)font.Element(S + "sz")?.Attribute("val"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var points) ? points : 11;
        var bold = font.Element(S + "b") is { } b && (string?)b.Attribute("val") is null or "1" or "true";
        return size >= 16 ? 1 : size >= 13.5 || bold ? 2 : 0;
    }
}
