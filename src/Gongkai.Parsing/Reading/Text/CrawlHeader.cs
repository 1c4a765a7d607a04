using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Core.Model;

namespace Gongkai.Parsing.Reading.Text;

/// <summary>
/// The header a crawl or a portal's text export puts above a report: a leading block of <c>key: value</c> lines
/// (标题, 发布时间, 文号, 发布机构, 栏目, 原始链接 …, in any order, some empty) ended by a 正文 marker
/// (<c>正文:</c>, <c>==== 正文 ====</c>). It is the portal's metadata, not the report's text.
/// </summary>
/// <remarks>
/// Only a leading block with several of the keys counts, so a report whose own text starts with a 标题： line is left
/// whole. Lines between the keys and the marker that are not keys (a crawl's own notes) belong to the header.
/// </remarks>
internal static partial class CrawlHeader
{
    // Distinct known keys a leading block needs before it is taken for a header.
    private const int MinKeys = 3;

    // A header is short: past this many lines without a marker or a non-key line, it is not one.
    private const int MaxHeaderLines = 20;

    /// <summary>The portal's metadata and the index of the body's first line, or null when the text has no such header.</summary>
    public static (PortalMetadata Portal, int BodyStart, string? BodyFirstLine)? Find(IReadOnlyList<TextLine> lines, string file)
    {
        var values = new Dictionary<string, (string Value, TextLine Line)>(StringComparer.Ordinal);
        var i = 0;
        while (i < lines.Count && lines[i].IsBlank)
        {
            i++;
        }

        var lastKey = -1;
        for (; i < lines.Count && i < MaxHeaderLines + 1; i++)
        {
            var text = lines[i].Text.Trim();
            if (BodyMarker().Match(text) is { Success: true } marker)
            {
                if (values.Count < MinKeys)
                {
                    return null;
                }

                var rest = marker.Groups["rest"].Value.Trim();
                return (ToPortal(values, file), i + 1, rest.Length > 0 ? rest : null);
            }

            if (KeyLine().Match(text) is { Success: true } match && Keys.TryGetValue(match.Groups["key"].Value, out var key))
            {
                values.TryAdd(key, (match.Groups["value"].Value.Trim(), lines[i]));
                lastKey = i;
            }
            else if (values.Count == 0 && text.Length > 0)
            {
                return null;
            }
        }

        // No 正文 marker: the header is the run of key lines, the body what follows it.
        return values.Count >= MinKeys && lastKey >= 0 && lastKey + 1 < lines.Count ? (ToPortal(values, file), lastKey + 1, null) : null;
    }

    private static PortalMetadata ToPortal(Dictionary<string, (string Value, TextLine Line)> values, string file)
    {
        string? Value(string key) => values.TryGetValue(key, out var found) && found.Value.Length > 0 ? found.Value : null;
        SourceRef Source(string key) => values.TryGetValue(key, out var found) && found.Value.Length > 0 ? new SourceRef(file, found.Line.Number, found.Line.Page) : default;
        return new PortalMetadata
        {
            Title = Value(TitleKey),
            PublishedAt = ParseTime(Value(PublishedKey)),
            Publisher = Value(PublisherKey),
            Url = Value(UrlKey),
            TitleSource = Source(TitleKey),
            PublisherSource = Source(PublisherKey),
        };
    }

    private static DateTime? ParseTime(string? text)
    {
        string[] formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd", "yyyy年M月d日 HH:mm", "yyyy年M月d日"];
        return text is not null && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    private const string TitleKey = "title";
    private const string PublishedKey = "publishedAt";
    private const string PublisherKey = "publisher";
    private const string UrlKey = "url";

    // The printed keys and what they are; keys kept only to recognise the block map to their own names.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["标题"] = TitleKey,
        ["发布时间"] = PublishedKey,
        ["发布日期"] = PublishedKey,
        ["发布机构"] = PublisherKey,
        ["发文机关"] = PublisherKey,
        ["原始链接"] = UrlKey,
        ["原文链接"] = UrlKey,
        ["链接"] = UrlKey,
        ["文号"] = "documentNumber",
        ["栏目"] = "column",
        ["本地目录"] = "localPath",
        ["来源"] = "origin",
        ["索引号"] = "index",
    };

    [GeneratedRegex(@"^(?<key>[\p{IsCJKUnifiedIdeographs}]{2,4})\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex KeyLine();

    // "正文:", "正文：…" or "==================== 正文 ====================".
    [GeneratedRegex(@"^(?:[=\-—*#\s]*正文[=\-—*#\s]*|正文\s*[:：](?<rest>.*))$")]
    private static partial Regex BodyMarker();
}
