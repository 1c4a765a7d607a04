namespace Gongkai.Parsing.Tests.Support;

/// <summary>
/// Damages report bytes the ways uploads and extractions do: flipped bytes, lost or repeated spans, stray tabs,
/// line breaks and markup, truncation. Spans start and end on UTF-8 character boundaries, so that most mutants
/// still decode and reach the recognisers; byte flips damage characters on purpose.
/// </summary>
internal static class Mutator
{
    private static readonly byte[][] Insertions =
    [
        "\t"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\n\n"u8.ToArray(), "\t\t\t"u8.ToArray(), "\f"u8.ToArray(),
        "| "u8.ToArray(), " | "u8.ToArray(), "|---|---|\n"u8.ToArray(), "## "u8.ToArray(), "\n# "u8.ToArray(), "**"u8.ToArray(),
        "  "u8.ToArray(), "\n- 3 -\n"u8.ToArray(), "（三）"u8.ToArray(), "1．"u8.ToArray(), "四、"u8.ToArray(), "总计"u8.ToArray(),
        "/"u8.ToArray(), "—"u8.ToArray(), "9999999999999"u8.ToArray(), "2.14亿元"u8.ToArray(), "[bookmark: _GoBack]"u8.ToArray(),
        "\n一、本年新收政府信息公开申请数量\t"u8.ToArray(), "\n行政复议\t行政诉讼\n"u8.ToArray(), "\n第二十条第（一）项\n"u8.ToArray(),
        [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xE5, 0x9B], [0x80],
    ];

    public static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var steps = random.Next(1, 5);
        for (var step = 0; step < steps && bytes.Count > 0; step++)
        {
            var at = Boundary(bytes, random.Next(bytes.Count));
            var end = Boundary(bytes, Math.Min(bytes.Count, at + random.Next(1, random.Next(2) == 0 ? 8 : 600)));
            switch (random.Next(7))
            {
                case 0:
                    for (var k = 0; k < random.Next(1, 4); k++)
                    {
                        bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, end - at);
                    break;
                case 3:
                    bytes.InsertRange(Boundary(bytes, random.Next(bytes.Count + 1)), bytes.GetRange(at, end - at));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    for (var k = 0; k < random.Next(1, 12); k++)
                    {
                        bytes.InsertRange(Boundary(bytes, random.Next(bytes.Count + 1)), Insertions[random.Next(Insertions.Length)]);
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    // The first position at or after i that does not fall inside a UTF-8 multi-byte character.
    private static int Boundary(List<byte> bytes, int i)
    {
        while (i < bytes.Count && bytes[i] is >= 0x80 and < 0xC0)
        {
            i++;
        }

        return i;
    }
}
