using System.Text.RegularExpressions;

namespace Gongkai.Parsing.Values;

/// <summary>
/// A cell that is a figure misread by OCR: a letter an OCR engine confuses with a digit among digits (O/o for 0, l/I
/// for 1, S for 5, B for 8), or such a letter alone where a figure stands. It stands in a value column, not in the
/// label, and is never read as the number it resembles.
/// </summary>
internal static partial class MisreadFigure
{
    private const int MaxLength = 12;

    /// <summary>Whether <paramref name="text"/> looks like a misread figure (<c>l2</c>, <c>1O5</c>, <c>l</c>).</summary>
    public static bool Looks(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length is 0 or > MaxLength)
        {
            return false;
        }

        // Cheap test first: every row's cells pass here, and almost none holds a Latin letter.
        if (trimmed.IndexOfAny(LookAlikes) < 0)
        {
            return false;
        }

        return LoneLetter().IsMatch(trimmed) || MixedRun().IsMatch(trimmed);
    }

    private static readonly System.Buffers.SearchValues<char> LookAlikes = System.Buffers.SearchValues.Create("OoIlSB");

    // A cell holding only O, o, l or I where a count is printed (0 or 1 misread).
    [GeneratedRegex(@"^[OoIl]$")]
    private static partial Regex LoneLetter();

    // Digits and look-alike letters together, not part of a Latin word: "l2", "1O5", "3S", "B0".
    [GeneratedRegex(@"(?<![A-Za-z])(?=[OoIlSB]*[0-9])(?=[0-9,]*[OoIlSB])[0-9OoIlSB][0-9OoIlSB,]*(?![A-Za-z])")]
    private static partial Regex MixedRun();
}
