using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Comparison;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Parsing.Pipeline;

namespace Gongkai.Testing;

/// <summary>
/// The fixtures of <see cref="ReaderFixtures"/> with their text written in look-alike code points (<see cref="LookAlikes"/>:
/// ⾏ for 行, ⻓ for 长, a compatibility 年, full-width digits), as PDFs and files pasted from them carry it
/// (issue #13, class 1), and the assertion that such a file still parses to the fixture's truth.
/// </summary>
internal static partial class LookAlikeFixtures
{
    /// <summary>The DOCX fixture <paramref name="name"/> with the text of its body disguised.</summary>
    public static byte[] Docx(string name) => Rewrite(name, part => part == "word/document.xml", LookAlikes.DisguiseMarkup);

    /// <summary>
    /// The XLSX fixture <paramref name="name"/> with its strings disguised (the <c>&lt;t&gt;</c> elements of the shared
    /// strings and the sheets' inline strings); numbers stay numbers, as a spreadsheet stores them.
    /// </summary>
    public static byte[] Xlsx(string name) =>
        Rewrite(name, part => part == "xl/sharedStrings.xml" || part.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal),
            xml => TextElement().Replace(xml, m => m.Groups[1].Value + LookAlikes.DisguiseMarkupText(m.Groups[2].Value) + m.Groups[3].Value));

    // The parts of the package chosen by `rewrite` are rewritten as text; the others are copied byte for byte.
    private static byte[] Rewrite(string name, Func<string, bool> chosen, Func<string, string> rewrite)
    {
        using var source = ZipFile.OpenRead(Path.Combine(ReaderFixtures.Raw, name));
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (!chosen(entry.FullName))
                {
                    from.CopyTo(to);
                    continue;
                }

                using var reader = new StreamReader(from, Encoding.UTF8);
                using var writer = new StreamWriter(to, new UTF8Encoding(false));
                writer.Write(rewrite(reader.ReadToEnd()));
            }
        }

        return output.ToArray();
    }

    /// <summary>The HTML fixture <paramref name="name"/> with its text disguised, in its own charset (a gb2312 page as GB18030, where the radicals take four bytes).</summary>
    public static byte[] Html(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderFixtures.Raw, name));
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        Encoding encoding = new UTF8Encoding(false);
        if (head.Contains("gb2312", StringComparison.OrdinalIgnoreCase) || head.Contains("gbk", StringComparison.OrdinalIgnoreCase))
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding("GB18030");
        }

        return encoding.GetBytes(LookAlikes.DisguiseMarkup(encoding.GetString(bytes)));
    }

    /// <summary>
    /// Parses the disguised <paramref name="content"/> and asserts the truth of the fixture <paramref name="truthOf"/>,
    /// the one GK1009 note, and that the values' <c>raw</c> keeps what the file holds (full-width digits).
    /// </summary>
    /// <param name="pipeline">The pipeline with the reader under test.</param>
    /// <param name="content">The disguised file.</param>
    /// <param name="name">Its name.</param>
    /// <param name="truthOf">The fixture whose truth it must parse to.</param>
    /// <param name="digitsDisguised">Whether the file prints its numbers in full-width digits (not a workbook's numbers).</param>
    public static AnnualReport AssertParsesToTruth(ReportPipeline pipeline, byte[] content, string name, string truthOf, bool digitsDisguised = true)
    {
        var truthFile = Path.Combine(ReaderFixtures.Truth, Path.GetFileNameWithoutExtension(truthOf) + ".json");
        var truth = ReportJsonReader.Read(File.ReadAllText(truthFile), truthFile);

        var result = pipeline.Parse(content, name);

        Assert.True(result.Succeeded, result.Failure);
        var report = result.Report;
        var wrong = ReportComparer.Compare(truth, report).Where(c => !c.IsMatch).Select(c => $"{c.Path}: expected {c.Expected}, parsed {c.Actual}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        var note = Assert.Single(report.ReadingDiagnostics, d => d.Code == DiagnosticCodes.LookAlikeCodePoints);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Matches(@"^文中有 \d+ 个字符使用了康熙部首或兼容汉字码位（如「.+」→「.+」），已按标准汉字识别。$", note.Message);
        Assert.DoesNotContain(report.Sections, s => LookAlikes.HasRadical(s.Heading) || LookAlikes.HasRadical(s.Text));
        var numbers = new[] { report.Proactive, report.Requests, report.Appeals }.OfType<ReportTable>()
            .SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.State == CellState.Number).ToList();
        Assert.NotEmpty(numbers);
        if (digitsDisguised)
        {
            Assert.All(numbers, c => Assert.Matches("^[^0-9]*[０-９][^0-9]*$", c.Raw));
        }

        return report;
    }

    [GeneratedRegex("(<(?:\\w+:)?t(?:\\s[^>]*)?>)([^<]*)(</(?:\\w+:)?t>)")]
    private static partial Regex TextElement();
}
