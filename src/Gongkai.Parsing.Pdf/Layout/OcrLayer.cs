using System.Text.RegularExpressions;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Documents;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// A scanned PDF with an OCR text layer: page images with invisible text (rendering mode 3) laid over them. The text
/// layer is read like any other; the report says it comes from OCR, and names the values whose digits look
/// misread (a letter an OCR engine confuses with a digit inside a run of digits: O/o for 0, l/I for 1, S for 5,
/// B for 8). A value is never changed: it is read as printed and flagged.
/// </summary>
internal static partial class OcrLayer
{
    /// <summary>The share of a page's glyphs that must be invisible for its text to count as an OCR layer.</summary>
    public const double InvisibleShare = 0.9;

    /// <summary>At most this many suspect values are named, one diagnostic each.</summary>
    public const int MaxFlags = 50;

    public static IReadOnlyList<Diagnostic> Diagnose(IReadOnlyList<PageDraft> pages, IReadOnlyList<Block> blocks, string file)
    {
        var ocrPages = new HashSet<int>();
        for (var p = 0; p < pages.Count; p++)
        {
            if (pages[p] is { Images: > 0, Glyphs: > 0 } page && page.InvisibleGlyphs >= page.Glyphs * InvisibleShare)
            {
                ocrPages.Add(p + 1);
            }
        }

        if (ocrPages.Count == 0)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>
        {
            Diagnostic.Create(DiagnosticCodes.OcrTextLayer, Severity.Info,
                $"{file}：PDF 为扫描件，第 {string.Join("、", ocrPages.Order())} 页的文字取自 OCR 文字层；数字可能有识别错误，合计不符时请先对照原图核对。",
                new SourceRef(file, 0, ocrPages.Min())),
        };
        foreach (var (text, source) in Values(blocks))
        {
            if (diagnostics.Count > MaxFlags)
            {
                break;
            }

            if (ocrPages.Contains(source.Page) && Suspect(text) is { } value)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.OcrSuspectValue, Severity.Warning,
                    $"{file}：{source.Describe()}的“{value}”来自 OCR 文字层，数字中夹有形似数字的字母，可能识别有误；已按原样读入，请对照原图核对。", source));
            }
        }

        return diagnostics;
    }

    /// <summary>The part of <paramref name="text"/> that looks like a misread number, or null.</summary>
    public static string? Suspect(string text)
    {
        var trimmed = text.Trim();
        if (LoneLetter().IsMatch(trimmed))
        {
            return trimmed;
        }

        var match = MixedRun().Match(trimmed);
        return match.Success ? match.Value : null;
    }

    private static IEnumerable<(string Text, SourceRef Source)> Values(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceTable table:
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    {
                        yield return (cell.Text, cell.Source);
                    }

                    break;
                case SourceParagraph paragraph:
                    foreach (Match counted in CountedRun().Matches(paragraph.Text))
                    {
                        yield return (counted.Groups["run"].Value, paragraph.Source);
                    }

                    break;
            }
        }
    }

    // A cell holding only O, o, l or I where a count is printed (0 or 1 misread).
    [GeneratedRegex(@"^[OoIl]$")]
    private static partial Regex LoneLetter();

    // A run of digits and look-alike letters holding both, not part of a Latin word: "l2", "1O5", "3S".
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?=[OoIlSB]*[0-9])(?=[0-9,]*[OoIlSB])[0-9OoIlSB][0-9OoIlSB,]*(?![A-Za-z0-9])")]
    private static partial Regex MixedRun();

    // In running text, such a run counted with a unit (件, 条, 人次 …): "收到申请l2件".
    [GeneratedRegex(@"(?<run>(?<![A-Za-z0-9])[0-9OoIlSB][0-9OoIlSB,]*)(?=\s*(?:件|条|个|次|人|项|家|份|篇|期|批|场|万元|%|％))")]
    private static partial Regex CountedRun();
}
