using System.IO.Compression;
using System.Text;

namespace Gongkai.Testing.Fuzzing;

/// <summary>
/// Seeded mutations of report files: byte-level damage for any format, markup-aware damage for HTML, and for
/// DOCX the same damage applied to word/document.xml inside a well-formed ZIP, so that the XML and table code is
/// reached rather than only the ZIP check; a text report is also recast in the layouts of issue #14
/// (<see cref="LayoutMutations"/>), then sometimes damaged as well.
/// </summary>
internal static class Mutations
{
    private static readonly string[] MarkupTokens =
    [
        "<table>", "</table>", "<tr>", "</td>", "<td rowspan=\"99999\">", "<td colspan=\"0\">", "<th colspan=\"100000\">", "<div>", "</div>",
        "<p>", "<br>", "<img src=x>", "<script>", "<!--", "&#xFFFF;", "&nbsp;", "<meta charset=\"gb2312\">", "三、本年度办理结果", "总计", "（七）总计",
        "第二十条第（一）项", "一、本年新收政府信息公开申请数量", "行政复议", "99999999999999999999", "-1", "增", "亿元", "\t", "\n", "|",
    ];

    private static readonly string[] WordTokens =
    [
        "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:gridSpan w:val=\"999999\"/>", "<w:gridSpan w:val=\"-5\"/>", "<w:vMerge/>",
        "<w:vMerge w:val=\"restart\"/>", "<w:p>", "</w:p>", "<w:t>总计</w:t>", "<w:t>99</w:t>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
        "<w:ins>", "<w:del>", "<w:txbxContent>", "<w:gridBefore w:val=\"70000\"/>",
    ];

    /// <summary>One mutant of <paramref name="input"/>, chosen by <paramref name="random"/>.</summary>
    public static byte[] Mutate(byte[] input, Random random)
    {
        if (IsZip(input) && random.Next(4) != 0 && TryMutateDocx(input, random) is { } docx)
        {
            return docx;
        }

        if (LooksLikeMarkup(input) && random.Next(2) == 0)
        {
            return Encoding.UTF8.GetBytes(MutateText(Encoding.UTF8.GetString(input), random, MarkupTokens));
        }

        if (random.Next(2) == 0 && AsText(input) is { } text)
        {
            var layout = LayoutMutations.Mutate(text, random);
            return Encoding.UTF8.GetBytes(random.Next(3) == 0 ? MutateText(layout, random, MarkupTokens) : layout);
        }

        return MutateBytes(input, random);
    }

    public static byte[] MutateBytes(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var steps = 1 + random.Next(8);
        for (var step = 0; step < steps && bytes.Count > 0; step++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(512)));
                    break;
                case 2:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(2048));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 3:
                    var noise = new byte[1 + random.Next(64)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    for (var i = at; i < Math.Min(bytes.Count, at + 16); i++)
                    {
                        bytes[i] ^= (byte)(1 << random.Next(8));
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static string MutateText(string text, Random random, string[] tokens)
    {
        var builder = new StringBuilder(text);
        var steps = 1 + random.Next(10);
        for (var step = 0; step < steps; step++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, tokens[random.Next(tokens.Length)]);
                    break;
                case 1:
                    builder.Insert(at, string.Concat(Enumerable.Repeat(tokens[random.Next(tokens.Length)], 1 + random.Next(2000))));
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(400)));
                    break;
                case 3 when builder.Length > 0:
                    var length = Math.Min(builder.Length - at, 1 + random.Next(4000));
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0xFFFF));
                    break;
            }
        }

        return builder.ToString();
    }

    private static byte[]? TryMutateDocx(byte[] input, Random random)
    {
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            using var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    var content = reader.ReadToEnd();
                    if (entry.FullName == "word/document.xml")
                    {
                        content = MutateText(content, random, WordTokens);
                    }

                    using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                    writer.Write(content);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // The input as text when it is a UTF-8 text report (not a PDF, a ZIP or markup), or null.
    private static string? AsText(byte[] input)
    {
        if (IsZip(input) || LooksLikeMarkup(input) || input.AsSpan().StartsWith("%PDF"u8) || input.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(input).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsZip(byte[] input) => input.Length > 4 && input[0] == (byte)'P' && input[1] == (byte)'K';

    private static bool LooksLikeMarkup(byte[] input) => input.Length > 0 && (input[0] == (byte)'<' || Encoding.ASCII.GetString(input, 0, Math.Min(input.Length, 64)).Contains('<', StringComparison.Ordinal));
}
