using System.Text.RegularExpressions;

namespace Gongkai.Parsing.Recognition;

/// <summary>Reads dates as reports print them: <c>2021年2月18日</c>, <c>2021 年 2 月 18 日</c>, <c>二〇二一年二月十八日</c>, <c>2021-02-18</c>.</summary>
internal static partial class DateText
{
    /// <summary>The date when <paramref name="text"/> ends with one, with the text before it.</summary>
    public static (DateOnly Date, string Prefix)? ParseTrailing(string text)
    {
        var match = ChineseDate().Match(text);
        if (!match.Success)
        {
            match = NumericDate().Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var year = Number(match.Groups["y"].Value, digitwise: true);
        var month = Number(match.Groups["m"].Value, digitwise: false);
        var day = Number(match.Groups["d"].Value, digitwise: false);
        if (year is not (>= 1990 and <= 2100) || month is not (>= 1 and <= 12) || day is not (>= 1 and <= 31) || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }

        return (new DateOnly(year.Value, month.Value, day.Value), match.Groups["prefix"].Value.Trim());
    }

    private static int? Number(string text, bool digitwise)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return digitwise ? ChineseNumbers.ParseDigits(text) : ChineseNumbers.ParseSmall(text);
    }

    // The prefix (an agency in the signature) may hold numerals (三溪县); the year must not continue one.
    [GeneratedRegex(@"^(?<prefix>[^\d年月日]{0,40}?)\s*(?<![\d〇零○一二三四五六七八九])(?<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^(?<prefix>[^\d]{0,40}?)\s*(?<y>\d{4})\s*[-./]\s*(?<m>\d{1,2})\s*[-./]\s*(?<d>\d{1,2})\s*$")]
    private static partial Regex NumericDate();
}
