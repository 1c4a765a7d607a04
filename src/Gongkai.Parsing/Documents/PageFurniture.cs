using System.Text.RegularExpressions;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Documents;

/// <summary>Recognises page numbers, running footers and a browser's print header and footer that layout extraction leaves between lines.</summary>
public static partial class PageFurniture
{
    /// <summary>Whether <paramref name="line"/> is only a page number: <c>- 3 -</c>, <c>第 3 页</c>, <c>第3页 共12页</c>, <c>3 / 12</c>.</summary>
    /// <remarks>Readers call this before recognition folds look-alike code points, so it folds them itself (<c>第3⻚</c>).</remarks>
    public static bool IsPageNumber(string line) => Pattern().IsMatch(CodePointFolding.Fold(line));

    /// <summary>
    /// Whether <paramref name="part"/> (one cell of a line at a page's edge) has a shape a browser prints around each
    /// page: the print date and time (<c>12/2/26, 9:35 AM</c>, <c>2026/12/2 09:35</c>), the page's address
    /// (<c>file:///…</c>, <c>https://…</c>) or the page counter (<c>1/5</c>). The page title beside them has no shape
    /// of its own: it is chrome because it shares the line with these, or repeats on every page.
    /// </summary>
    public static bool IsPrintChrome(string part) => IsPageNumber(part) || PrintDate().IsMatch(part) || Address().IsMatch(part);

    /// <summary>The text of a line with its digit runs and spaces taken out, so that a running header or footer whose page number changes reads the same on every page.</summary>
    public static string RunningKey(string line) => Digits().Replace(line, "#").Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")]
    private static partial Regex Pattern();

    // A date (d/m/y or y-m-d, with / - .) followed by a time, as browsers print it in the header's corner.
    [GeneratedRegex(@"^\s*(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})\s*[,，]?\s*(?:(?:上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*$")]
    private static partial Regex PrintDate();

    // "ﬁle": fonts map the fi ligature to U+FB01.
    [GeneratedRegex(@"^\s*(?:file|ﬁle|https?)\s*:\s*/\s*/\S*", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
