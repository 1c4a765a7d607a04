using System.Text;

namespace Gongkai.Parsing.Recognition;

/// <summary>Normalises printed labels so that variants compare equal.</summary>
/// <remarks>
/// Folds full-width forms (<c>（一）</c>, <c>1．</c>, <c>１２</c>) to half-width, removes all whitespace (PDF text
/// spaces out characters: <c>三、 本 年 度</c>) and quotation marks, and maps <c>、</c> after an Arabic number to
/// <c>.</c> so that <c>1．</c>, <c>1.</c> and <c>1、</c> agree.
/// </remarks>
internal static class LabelText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (char.IsWhiteSpace(folded) || folded is '"' or '“' or '”' or '\'' or '‘' or '’' or '「' or '」' or '*')
            {
                continue;
            }

            if (folded == '、' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]))
            {
                folded = '.';
            }

            builder.Append(folded switch
            {
                '〔' or '【' or '[' => '(',
                '〕' or '】' or ']' => ')',
                '：' => ':',
                _ => folded,
            });
        }

        return builder.ToString();
    }

    /// <summary>Character-bigram Dice similarity of two normalised labels, 0–1.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        var counts = new Dictionary<int, int>(a.Length);
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i] << 16) | a[i + 1];
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var common = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i] << 16) | b[i + 1];
            if (counts.TryGetValue(key, out var n) && n > 0)
            {
                counts[key] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }
}
