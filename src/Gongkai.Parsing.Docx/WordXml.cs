using System.Xml;

namespace Gongkai.Parsing.Docx;

/// <summary>WordprocessingML names and the XML reader settings used for every part: no DTD, no external resolution.</summary>
internal static class WordXml
{
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static XmlReaderSettings Settings => Reading.SafeXml.Settings;
}
