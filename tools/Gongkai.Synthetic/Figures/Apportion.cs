namespace Gongkai.Synthetic.Figures;

/// <summary>Splits a whole number into parts by noisy weights, exactly (the parts always add up to the total).</summary>
internal static class Apportion
{
    public static int[] Split(int total, IReadOnlyList<double> weights, Random random)
    {
        var noisy = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < noisy.Length; i++)
        {
            noisy[i] = weights[i] * (0.4 + (1.2 * random.NextDouble()));
            sum += noisy[i];
        }

        var parts = new int[noisy.Length];
        var left = total;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = (int)(total * noisy[i] / sum);
            left -= parts[i];
        }

        // The few units the floors leave go by weighted draws, so small totals do not always land on the same rows.
        for (; left > 0; left--)
        {
            var pick = random.NextDouble() * sum;
            var i = 0;
            while (i < noisy.Length - 1 && (pick -= noisy[i]) > 0)
            {
                i++;
            }

            parts[i]++;
        }

        return parts;
    }
}
