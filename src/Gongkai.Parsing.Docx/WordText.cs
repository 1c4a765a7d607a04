using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Parsing.Docx;

/// <summary>
/// The visible text of Word content as a reader of the document sees it with all tracked changes accepted:
/// inserted text kept, deleted and moved-away text left out, field codes and comments left out. Text boxes are
/// not part of the flow: they are handed to the caller to be placed apart.
/// </summary>
internal static class WordText
{
    public static string Of(OpenXmlElement element, List<TextBoxContent>? textBoxes)
    {
        var text = new StringBuilder();
        Append(element, text, textBoxes);
        return text.ToString();
    }

    /// <summary>Joins text pieces the way a Chinese reader reads wrapped lines: directly, with a space only between Latin words.</summary>
    public static string Join(IEnumerable<string> pieces)
    {
        var text = new StringBuilder();
        foreach (var raw in pieces)
        {
            var piece = raw.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && IsLatin(text[^1]) && IsLatin(piece[0]))
            {
                text.Append(' ');
            }

            text.Append(piece);
        }

        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text, List<TextBoxContent>? textBoxes)
    {
        // Iterative, so that hostile nesting cannot overflow the stack.
        var stack = new Stack<OpenXmlElement>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case TextBoxContent box:
                    textBoxes?.Add(box);
                    break;
                case DeletedRun or MoveFromRun or AlternateContentFallback or FieldCode or DeletedText:
                    break;
                case var other:
                    for (var child = other.LastChild; child is not null; child = child.PreviousSibling())
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }
    }

    private static bool IsLatin(char c) => c < 0x80 && char.IsLetterOrDigit(c);
}
