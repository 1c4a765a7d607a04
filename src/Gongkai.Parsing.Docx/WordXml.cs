using System.Xml;

namespace Gongkai.Parsing.Docx;

/// <summary>WordprocessingML names and the XML reader settings used for every part: no DTD, no external resolution.</summary>
internal static class WordXml
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static XmlReaderSettings Settings => Reading.SafeXml.Settings;

    /// <summary>
    /// A forward reader over a part, and the main namespace as its name table holds it: the reader's names are
    /// atomized there, so a reference comparison replaces comparing the 60-character URI for every element.
    /// </summary>
    public static (XmlReader Reader, string Main) Open(string xml)
    {
        var reader = XmlReader.Create(new StringReader(xml), Settings);
        return (reader, reader.NameTable.Add(Main));
    }
}
