using System.Text.RegularExpressions;
using Gongkai.Parsing.Recognition;

namespace Gongkai.Parsing.Documents;

/// <summary>Recognises page numbers and running footers that layout extraction leaves between lines.</summary>
public static partial class PageFurniture
{
    /// <summary>Whether <paramref name="line"/> is only a page number: <c>- 3 -</c>, <c>第 3 页</c>, <c>第3页 共12页</c>, <c>3 / 12</c>.</summary>
    /// <remarks>Readers call this before recognition folds look-alike code points, so it folds them itself (<c>第3⻚</c>).</remarks>
    public static bool IsPageNumber(string line) => Pattern().IsMatch(CodePointFolding.Fold(line));

    [GeneratedRegex(@"^\s*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})\s*$")]
    private static partial Regex Pattern();
}
