using System.Text;

namespace Gongkai.Parsing.Documents;

/// <summary>
/// Joins the pieces of text that a layout broke apart — a label wrapped over lines, a cell's paragraphs — the way
/// a Chinese reader reads them: directly (本年新 + 公开数量), with a space only between two Latin letters or digits.
/// Shared by every reader.
/// </summary>
public static class WrappedText
{
    /// <summary>The trimmed pieces joined; empty pieces are skipped.</summary>
    public static string Join(IEnumerable<string> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var text = new StringBuilder();
        foreach (var raw in pieces)
        {
            var piece = raw.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && NeedsSpace(text[^1], piece[0]))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    /// <summary><paramref name="text"/> continued by <paramref name="next"/>.</summary>
    public static string Join(string text, string next) => Join([text, next]);

    /// <summary>Whether a space separates these two characters when the text between them was a line break or a gap.</summary>
    public static bool NeedsSpace(char before, char after) => IsLatin(before) && IsLatin(after);

    private static bool IsLatin(char c) => c < 0x80 && char.IsLetterOrDigit(c);
}
