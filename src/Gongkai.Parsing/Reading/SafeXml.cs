using System.Xml;

namespace Gongkai.Parsing.Reading;

/// <summary>The XML reader settings for every part of an Office file: no DTD, no external resolution.</summary>
public static class SafeXml
{
    /// <summary>The settings; characters XML forbids are tolerated (damaged files still read), DTDs refused.</summary>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };
}
