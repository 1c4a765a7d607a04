namespace Gongkai.Parsing.Recognition;

/// <summary>The sorted character bigrams of a normalised label, for repeated Dice comparisons against fixed titles.</summary>
internal sealed class Bigrams
{
    private readonly int[] _sorted;

    public Bigrams(string text)
    {
        Text = text;
        _sorted = new int[Math.Max(0, text.Length - 1)];
        for (var i = 0; i < _sorted.Length; i++)
        {
            _sorted[i] = (text[i] << 16) | text[i + 1];
        }

        Array.Sort(_sorted);
    }

    public string Text { get; }

    /// <summary>
    /// The greater of <paramref name="atLeast"/> and the similarity to <paramref name="other"/>, without comparing the
    /// bigrams when the lengths alone bound the similarity to no more than <paramref name="atLeast"/>.
    /// </summary>
    /// <remarks>Dice is at most 2·min(m, n)/(m + n); the bound is computed as the similarity would be, so the result is the same.</remarks>
    public double MaxSimilarity(Bigrams other, double atLeast)
    {
        if (_sorted.Length > 0 && other._sorted.Length > 0 &&
            2.0 * Math.Min(_sorted.Length, other._sorted.Length) / (_sorted.Length + other._sorted.Length) <= atLeast)
        {
            return atLeast;
        }

        return Math.Max(atLeast, Similarity(other));
    }

    /// <summary>Dice similarity, 0–1 (as <see cref="LabelText.Similarity"/>).</summary>
    public double Similarity(Bigrams other)
    {
        if (_sorted.Length == 0 || other._sorted.Length == 0)
        {
            return Text == other.Text ? 1 : 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < _sorted.Length && j < other._sorted.Length)
        {
            if (_sorted[i] == other._sorted[j])
            {
                common++;
                i++;
                j++;
            }
            else if (_sorted[i] < other._sorted[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (_sorted.Length + other._sorted.Length);
    }
}
