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
        if (text.Length > 1024)
        {
            text = text[..1024];
        }

        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (Values.UnicodeSpace.IsWhiteSpace(folded) || folded is '"' or '“' or '”' or '\'' or '‘' or '’' or '「' or '」' or '*')
            {
                continue;
            }

            if (folded == '、' && length > 0 && char.IsAsciiDigit(buffer[length - 1]))
            {
                folded = '.';
            }

            buffer[length++] = folded switch
            {
                '〔' or '【' or '[' => '(',
                '〕' or '】' or ']' => ')',
                '：' => ':',
                _ => folded,
            };
        }

        var result = buffer[..length];
        return result.SequenceEqual(text) ? text : new string(result);
    }

    /// <summary>Character-bigram Dice similarity of two normalised labels, 0–1.</summary>
    /// <remarks>Allocation-free: labels are short, so the bigrams of each are sorted on the stack and merged.</remarks>
    public static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        if (a.Length > 256 || b.Length > 256)
        {
            return a == b ? 1 : 0;
        }

        Span<int> left = stackalloc int[a.Length - 1];
        Span<int> right = stackalloc int[b.Length - 1];
        Bigrams(a, left);
        Bigrams(b, right);
        int i = 0, j = 0, common = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                common++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (left.Length + right.Length);
    }

    private static void Bigrams(string text, Span<int> bigrams)
    {
        for (var i = 0; i < bigrams.Length; i++)
        {
            bigrams[i] = (text[i] << 16) | text[i + 1];
        }

        bigrams.Sort();
    }
}
