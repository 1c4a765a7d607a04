using System.Text.RegularExpressions;

namespace Gongkai.Reporting.Tests.Letters;

/// <summary>Asserts a message is for a Chinese reader: Chinese text, no English from a library leaking through.</summary>
internal static partial class ChineseMessage
{
    // The only Latin words a message may hold besides the name of a part it quotes (word/styles.xml): format names.
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "Word", "WPS", "Office", "docx", "doc", "DTD", "XXE", "XML", "ZIP", "MB" };

    public static void Assert(string message)
    {
        Xunit.Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        foreach (Match word in LatinWord().Matches(PartName().Replace(message, string.Empty)))
        {
            Xunit.Assert.True(Allowed.Contains(word.Value), $"English word “{word.Value}” in: {message}");
        }
    }

    [GeneratedRegex(@"[\w\[\]/.-]+\.(xml|rels|bin)\b")]
    private static partial Regex PartName();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
