using System.Globalization;
using System.Text;

namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>The 落款 date in the notations reports use: <c>2022年1月20日</c>, <c>2022年01月20日</c>, <c>二〇二二年一月二十日</c>, <c>2022 年 1 月 20 日</c>.</summary>
internal static class DateNotation
{
    private static readonly string Digits = "〇一二三四五六七八九";

    /// <summary>The document with its date, if any, printed in a random notation.</summary>
    public static ReportDocument Apply(ReportDocument document, DateOnly? date, Random random)
    {
        if (date is not { } d)
        {
            return document;
        }

        var text = random.Next(20) switch
        {
            < 11 => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
            < 13 => d.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture),
            < 18 => Chinese(d),
            _ => d.ToString("yyyy 年 M 月 d 日", CultureInfo.InvariantCulture),
        };
        return document with { Date = text };
    }

    // 二〇二二年一月二十日: the year digit by digit, month and day as numbers.
    private static string Chinese(DateOnly date)
    {
        var text = new StringBuilder();
        foreach (var c in date.Year.ToString(CultureInfo.InvariantCulture))
        {
            text.Append(Digits[c - '0']);
        }

        return text.Append('年').Append(Small(date.Month)).Append('月').Append(Small(date.Day)).Append('日').ToString();
    }

    private static string Small(int value) => value switch
    {
        < 10 => Digits[value].ToString(),
        10 => "十",
        < 20 => "十" + Digits[value - 10],
        _ => Digits[value / 10] + "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString()),
    };
}
