using System.Text;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Pipeline;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Tests.Support;

/// <summary>Builds report text for tests: <c>→</c> stands for a tab so that the tables stay readable.</summary>
internal static class TestText
{
    /// <summary>The text with every <c>→</c> turned into a tab.</summary>
    public static string Tabs(string text) => text.Replace('→', '\t');

    /// <summary>
    /// DOCX-extracted text from a compact form: a line starting with <c>→</c> is a table row whose cells are
    /// separated by <c>→</c> (each cell becomes a tab-led line, <c>¶</c> wraps a cell onto an untabbed line);
    /// rows are separated by one blank line and a table ends with two. Other lines are paragraphs.
    /// </summary>
    public static string Docx(string compact)
    {
        var lines = compact.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith('→'))
            {
                output.Append(line).Append('\n');
                continue;
            }

            foreach (var cell in line[1..].Split('→'))
            {
                output.Append('\t').Append(cell.Replace('¶', '\n')).Append('\n');
            }

            var tableEnds = i + 1 >= lines.Length || !lines[i + 1].StartsWith('→');
            output.Append(tableEnds ? "\n\n" : "\n");
        }

        return output.ToString();
    }

    /// <summary>The document the text reader makes of <paramref name="text"/> (UTF-8).</summary>
    public static SourceDocument Read(string text, string file = "test.txt") =>
        TextDocumentReader.Instance.Read(Encoding.UTF8.GetBytes(text), file, ReaderLimits.Default);

    /// <summary>The document's rows in reading order, as the recognisers see them.</summary>
    public static List<DocumentRow> Rows(string text) => DocumentRow.Flatten(Read(text));

    /// <summary>Rows of paragraphs only, one per string, numbered from line 1 (no reader involved).</summary>
    public static List<DocumentRow> Paragraphs(params string[] paragraphs) =>
        paragraphs.Select((p, i) =>
        {
            var paragraph = new SourceParagraph(p, new SourceRef("test.txt", i + 1));
            return new DocumentRow([new SourceCell(p, paragraph.Source)], paragraph.Source, paragraph);
        }).ToList();

    /// <summary>The report that the default pipeline reads from <paramref name="text"/>; fails the test when it reads none.</summary>
    public static AnnualReport Report(string text, string file = "test.txt")
    {
        var result = ReportParser.ParseText(text, file);
        Assert.True(result.Succeeded, result.Failure);
        return result.Report;
    }
}
