using System.Text.RegularExpressions;

namespace Gongkai.Reporting.Tests.Letters;

/// <summary>Asserts a message is for a Chinese reader: Chinese text, no English from a library leaking through.</summary>
internal static partial class ChineseMessage
{
    // The only Latin words a message may hold: format names and the parts of a package it names.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "Word", "WPS", "Office", "docx", "doc", "DTD", "XXE", "XML", "ZIP", "MB", "word", "document", "xml", "rels", "Content", "Types", "media", "bin",
    };

    public static void Assert(string message)
    {
        Xunit.Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        foreach (Match word in LatinWord().Matches(message))
        {
            Xunit.Assert.True(Allowed.Contains(word.Value), $"English word “{word.Value}” in: {message}");
        }
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
