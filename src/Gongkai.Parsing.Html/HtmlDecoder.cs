using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Parsing.Reading;
using Gongkai.Parsing.Reading.Text;

namespace Gongkai.Parsing.Html;

/// <summary>Decodes a page: a BOM, then the charset the page declares (<c>gb2312</c>/<c>gbk</c> read as GB18030), then detection.</summary>
internal static partial class HtmlDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static (string Text, string Encoding, IReadOnlyList<Diagnostic> Diagnostics) Decode(ReadOnlySpan<byte> bytes, string file)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var declared = Charset().Match(head) is { Success: true } match ? match.Groups["name"].Value.ToLowerInvariant() : null;
        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && declared is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
        {
            return (Gb18030.Value.GetString(bytes), "gb18030", []);
        }

        try
        {
            var decoded = TextDecoder.Decode(bytes, file);
            return (decoded.Text, decoded.Encoding, decoded.Diagnostics);
        }
        catch (UnreadableInputException) when (declared is null)
        {
            var note = Diagnostic.Create(DiagnosticCodes.EncodingNote, Severity.Warning, $"{file}：网页未声明编码且不是有效的文本，已按 GB18030 尽量解码，个别文字可能有误。", new SourceRef(file, 0));
            return (Gb18030.Value.GetString(bytes), "gb18030", [note]);
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
