using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// One paragraph's text as the reader sees it, with the <c>{{名称}}</c> placeholders in it, however Word or WPS split
/// them over runs (an edit, a spelling mark, a change of font in the middle of a name all split a run).
/// </summary>
/// <remarks>
/// The paragraph's text elements are laid end to end; a tab, break or drawing between them stands as a line feed that
/// no placeholder may span. Replacing a placeholder writes the value into the text element where its <c>{{</c>
/// starts — so the value keeps that run's formatting — and removes the rest of the placeholder from the runs it spans,
/// which amounts to merging them into the first.
/// </remarks>
internal sealed partial class PlaceholderParagraph
{
    private const char Separator = '\n';

    private readonly List<(Text? Element, int Start)> _segments = [];

    private PlaceholderParagraph(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph)
            {
                continue; // a text box's own paragraphs are read on their own
            }

            if (element is Text run)
            {
                _segments.Add((run, text.Length));
                text.Append(run.Text);
            }
            else if (element is Break or TabChar or CarriageReturn or Drawing or FieldChar or SymbolChar or PositionalTab)
            {
                _segments.Add((null, text.Length));
                text.Append(Separator);
            }
        }

        Text = text.ToString();
        Matches = [.. PlaceholderPattern().Matches(Text).Cast<Match>()];
    }

    /// <summary>The paragraph's text, a line feed for each tab, break or drawing.</summary>
    public string Text { get; }

    /// <summary>The placeholders, in order.</summary>
    public IReadOnlyList<Match> Matches { get; }

    /// <summary>The name of a placeholder match, without the braces and surrounding spaces.</summary>
    public static string NameOf(Match match) => match.Groups[1].Value.Trim();

    /// <summary>The paragraphs of <paramref name="root"/> (body, table cells, text boxes, header, footer) that hold braces.</summary>
    public static IEnumerable<PlaceholderParagraph> In(OpenXmlElement root) =>
        root.Descendants<Paragraph>()
            .Where(p => p.InnerText.Contains('{', StringComparison.Ordinal) || p.InnerText.Contains('}', StringComparison.Ordinal))
            .Select(p => new PlaceholderParagraph(p))
            .ToList();

    /// <summary>Braces left once the placeholders are taken out: a <c>{{</c> never closed, a <c>}}</c> never opened.</summary>
    public IEnumerable<string> StrayBraces()
    {
        var rest = PlaceholderPattern().Replace(Text, " ");
        if (rest.Contains("{{", StringComparison.Ordinal) || rest.Contains("}}", StringComparison.Ordinal))
        {
            yield return Text.Replace(Separator, ' ').Trim();
        }
    }

    /// <summary>Replaces every placeholder with its value from <paramref name="values"/>; every name must be there.</summary>
    public void Replace(Func<string, string> values)
    {
        // Last to first: a replacement never moves the offsets of the placeholders before it.
        for (var i = Matches.Count - 1; i >= 0; i--)
        {
            Replace(Matches[i], values(NameOf(Matches[i])));
        }
    }

    private void Replace(Match match, string value)
    {
        var (first, last) = (SegmentAt(match.Index), SegmentAt(match.Index + match.Length - 1));
        var firstText = _segments[first].Element!;
        var original = firstText.Text;
        var prefix = original[..(match.Index - _segments[first].Start)];
        var suffix = first == last ? original[(match.Index + match.Length - _segments[first].Start)..] : string.Empty;
        for (var i = first + 1; i <= last; i++)
        {
            var element = _segments[i].Element!;
            element.Text = i == last ? element.Text[(match.Index + match.Length - _segments[i].Start)..] : string.Empty;
            RemoveIfEmpty(element);
        }

        var lines = value.Split(Separator);
        firstText.Text = prefix + lines[0] + (lines.Length == 1 ? suffix : string.Empty);
        firstText.Space = SpaceProcessingModeValues.Preserve;
        OpenXmlElement previous = firstText;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = new Text(lines[i] + (i == lines.Length - 1 ? suffix : string.Empty)) { Space = SpaceProcessingModeValues.Preserve };
            previous = previous.InsertAfterSelf(new Break()).InsertAfterSelf(line);
        }
    }

    private int SegmentAt(int offset)
    {
        var index = _segments.FindLastIndex(s => s.Start <= offset && s.Element is not null);
        return index;
    }

    private static void RemoveIfEmpty(Text element)
    {
        if (element.Text.Length > 0)
        {
            return;
        }

        var run = element.Parent;
        element.Remove();
        if (run is Run && run.ChildElements.All(c => c is RunProperties))
        {
            run.Remove();
        }
    }

    [GeneratedRegex(@"\{\{([^{}\n]*)\}\}")]
    private static partial Regex PlaceholderPattern();
}
