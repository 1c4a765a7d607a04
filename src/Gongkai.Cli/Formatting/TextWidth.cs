namespace Gongkai.Cli.Formatting;

/// <summary>Pads text for a terminal, counting a CJK character as two columns.</summary>
internal static class TextWidth
{
    // A loop rather than Enumerable.Sum over the chars: generic code over a value type is compiled when the command
    // runs, ReadyToRun cannot precompile it (docs/performance.md).
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) ? 2 : 1;
        }

        return width;
    }

    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;
}
