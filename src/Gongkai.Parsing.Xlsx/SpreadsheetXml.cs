using System.Text;
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

    /// <summary>A forward reader over the part, and the main namespace as its name table holds it (compared by reference).</summary>
    public static (XmlReader Reader, string Main) Open(string xml)
    {
        var reader = XmlReader.Create(new StringReader(xml), Settings);
        return (reader, reader.NameTable.Add(Main.NamespaceName));
    }

    /// <summary>
    /// The text of the string item (<c>si</c> or <c>is</c>) the reader is on: its <c>t</c> elements' text and the first
    /// <c>t</c> of each run (<c>r</c>), phonetic guides left out. Streams, leaving the reader past the item's end tag.
    /// </summary>
    /// <param name="reader">A reader on the item's start tag.</param>
    /// <param name="main">The main namespace as <paramref name="reader"/>'s name table holds it (<see cref="Open"/>).</param>
    public static string ItemText(XmlReader reader, string main)
    {
        var text = new StringBuilder();
        foreach (var _ in Children(reader))
        {
            if ((object)reader.NamespaceURI != main)
            {
                reader.Skip();
            }
            else if (reader.LocalName == "t")
            {
                AppendValue(reader, text);
            }
            else if (reader.LocalName == "r")
            {
                AppendRun(reader, text, main);
            }
            else
            {
                reader.Skip();
            }
        }

        return text.ToString();
    }

    // A run's text is its first t element's (as XElement.Element(t) found it).
    private static void AppendRun(XmlReader reader, StringBuilder text, string main)
    {
        var found = false;
        foreach (var _ in Children(reader))
        {
            if (!found && (object)reader.NamespaceURI == main && reader.LocalName == "t")
            {
                AppendValue(reader, text);
                found = true;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // An element's text content with its descendants' (as XElement.Value): text, CDATA and white space nodes.
    private static void AppendValue(XmlReader reader, StringBuilder text)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read(); // past the end tag
    }

    /// <summary>
    /// Stops on each child element of the element the reader is on; the caller moves past each one (Skip or a read of it).
    /// Other child nodes are passed over, and the reader ends past the element's end tag.
    /// </summary>
    private static IEnumerable<int> Children(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            yield break;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                yield return reader.Depth;
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read(); // past the end tag
    }
}
