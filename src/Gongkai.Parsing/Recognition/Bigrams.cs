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
