using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Parsing.Docx;

/// <summary>Heading levels of paragraph styles: an outline level in the style, or a name such as <c>heading 2</c> / <c>标题 2</c>.</summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);

    public WordStyles(string? stylesXml)
    {
        if (stylesXml is null)
        {
            return;
        }

        foreach (var style in new Styles(stylesXml).Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            var name = style.StyleName?.Val?.Value ?? "";
            if (outline is { } level and < 9)
            {
                _levels[id] = level + 1;
            }
            else if (TrailingDigit(name) is { } digit && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.StartsWith("标题", StringComparison.Ordinal)))
            {
                _levels[id] = digit;
            }
        }
    }

    /// <summary>The heading level (1–9) of a paragraph, or 0 for body text.</summary>
    public int LevelOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } outline and < 9)
        {
            return outline + 1;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } id && _levels.TryGetValue(id, out var level) ? level : 0;
    }

    private static int? TrailingDigit(string name) => name.Length > 0 && char.IsAsciiDigit(name[^1]) ? name[^1] - '0' : null;
}
