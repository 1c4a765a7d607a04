namespace Gongkai.Parsing.Reading.Text;

/// <summary>Tells the three text layouts apart from how tabs, pipes and <c>#</c> are used.</summary>
internal static class TextLayoutDetector
{
    public static TextLayout Detect(IReadOnlyList<TextLine> lines)
    {
        int cellPerLine = 0, rowPerLine = 0, headings = 0, pipeRows = 0;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.Length == 0)
            {
                continue;
            }

            var lastTab = text.LastIndexOf('\t');
            if (text[0] == '\t' && lastTab == 0)
            {
                cellPerLine++;
            }
            else if (lastTab >= 0)
            {
                rowPerLine++;
            }

            if (MarkdownSyntax.HeadingLevel(text) > 0)
            {
                headings++;
            }
            else if (MarkdownSyntax.IsPipeRow(text))
            {
                pipeRows++;
            }
        }

        if (headings >= 2 || pipeRows >= 3)
        {
            return TextLayout.Markdown;
        }

        return cellPerLine >= 8 && cellPerLine >= 2 * rowPerLine ? TextLayout.DocxText : TextLayout.PdfText;
    }
}
