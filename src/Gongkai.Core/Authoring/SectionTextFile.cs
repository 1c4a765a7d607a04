using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Authoring;

/// <summary>
/// Reads the six sections' text from a Markdown file written by staff: a heading line (<c>## 一、总体情况</c>, or
/// <c>一、总体情况</c> on its own line) starts a section, the paragraphs under it are its text.
/// </summary>
public static class SectionTextFile
{
    /// <summary>The sections the text gives, in the order given; text before the first heading is ignored.</summary>
    /// <exception cref="FormatException">No section heading was found (Chinese message).</exception>
    public static IReadOnlyList<ReportSection> Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sections = new List<ReportSection>();
        string? heading = null;
        SectionKind kind = default;
        var paragraphs = new List<string>();
        void Flush()
        {
            if (heading is not null)
            {
                sections.RemoveAll(s => s.Kind == kind);
                sections.Add(new ReportSection { Kind = kind, Heading = heading, Text = string.Join("\n", paragraphs) });
            }

            paragraphs.Clear();
        }

        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var isMarkdownHeading = line.StartsWith('#');
            var text = line.TrimStart('#').Trim();
            if ((isMarkdownHeading || text.Length <= 40) && SectionOf(text, requireWords: !isMarkdownHeading) is { } found)
            {
                Flush();
                heading = text;
                kind = found;
                continue;
            }

            if (text.Length > 0 && heading is not null && !isMarkdownHeading)
            {
                paragraphs.Add(text);
            }
            else if (isMarkdownHeading && heading is not null && text.Length > 0)
            {
                paragraphs.Add(text); // a sub-heading such as ### （一）主动公开 is a paragraph of its section
            }
        }

        Flush();
        return sections.Count > 0 ? sections : throw new FormatException($"没有找到章节标题：请用“## {SectionKind.Overview.ToHeading()}”这样的标题分隔六个部分。");
    }

    // A Markdown heading needs only its numeral; a plain line also needs the official words, so that an enumerated
    // paragraph inside a section (三、下一步工作) is not taken for a heading.
    private static SectionKind? SectionOf(string text, bool requireWords)
    {
        if (text.Length < 3)
        {
            return null;
        }

        foreach (var title in SectionTitles.All)
        {
            if (text[0] == title.Numeral && text[1] is '、' or '．' or '.' or ' ' or '　' or '，'
                && (!requireWords || title.Keywords.Any(w => text.Contains(w, StringComparison.Ordinal))))
            {
                return title.Kind;
            }
        }

        return null;
    }
}
