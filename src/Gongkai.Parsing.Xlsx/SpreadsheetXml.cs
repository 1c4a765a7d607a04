using System.Xml;
using System.Xml.Linq;

namespace Gongkai.Parsing.Xlsx;

/// <summary>SpreadsheetML names and the XML settings used for every part: no DTD, no external resolution.</summary>
internal static class SpreadsheetXml
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static XmlReaderSettings Settings => Reading.SafeXml.Settings;

    public static XDocument Load(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return XDocument.Load(reader);
    }

    /// <summary>The text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> or the <c>t</c> of its runs, phonetic guides left out.</summary>
    public static string ItemText(XElement item) =>
        string.Concat(item.Elements().Where(e => e.Name == Main + "t" || e.Name == Main + "r")
            .Select(e => e.Name == Main + "t" ? e.Value : (string?)e.Element(Main + "t") ?? ""));
}
