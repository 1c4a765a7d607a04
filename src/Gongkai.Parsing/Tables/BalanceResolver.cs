namespace Gongkai.Parsing.Tables;

/// <summary>
/// Chooses one reading per row so that the most statutory equations hold. Values are never changed: only which
/// printed cell goes to which column.
/// </summary>
/// <remarks>
/// Exhaustive when the number of combinations is small, otherwise iterated conditional modes from the most
/// natural readings. Among equally good choices the most natural (lowest indices) wins and the rows whose
/// reading still differs are reported as undecided.
/// </remarks>
internal static class BalanceResolver
{
    private const long MaxExhaustive = 50_000;

    /// <summary>The chosen reading index per row, and per row whether another equally good reading exists.</summary>
    /// <param name="counts">The number of readings of each row.</param>
    /// <param name="score">Satisfied equations for a choice of reading indices (higher is better).</param>
    public static (int[] Choice, bool[] Undecided) Resolve(IReadOnlyList<int> counts, Func<int[], int> score)
    {
        var (choice, undecided, _) = ResolveWithOptima(counts, score);
        return (choice, undecided);
    }

    /// <summary>
    /// As <see cref="Resolve"/>, with every reading of each row that takes part in a best choice (exhaustive), or
    /// that ties with the best given the other rows' choices (iterated): the readings the honesty rule compares.
    /// </summary>
    public static (int[] Choice, bool[] Undecided, HashSet<int>[] Optimal) ResolveWithOptima(IReadOnlyList<int> counts, Func<int[], int> score)
    {
        var rows = counts.Count;
        var choice = new int[rows];
        var undecided = new bool[rows];
        var optimal = Enumerable.Range(0, rows).Select(_ => new HashSet<int> { 0 }).ToArray();
        long combinations = 1;
        foreach (var count in counts)
        {
            combinations = Math.Min(combinations * Math.Max(1, count), MaxExhaustive + 1);
        }

        if (combinations <= 1)
        {
            return (choice, undecided, optimal);
        }

        if (combinations <= MaxExhaustive)
        {
            Exhaustive(counts, score, choice, undecided, optimal);
        }
        else
        {
            Iterate(counts, score, choice, undecided, optimal);
        }

        return (choice, undecided, optimal);
    }

    private static void Exhaustive(IReadOnlyList<int> counts, Func<int[], int> score, int[] best, bool[] undecided, HashSet<int>[] optimal)
    {
        var current = new int[counts.Count];
        var bestScore = int.MinValue;
        var optima = new List<int[]>();
        while (true)
        {
            var value = score(current);
            if (value > bestScore)
            {
                bestScore = value;
                optima.Clear();
                foreach (var set in optimal)
                {
                    set.Clear();
                }
            }

            if (value == bestScore)
            {
                if (optima.Count < 64)
                {
                    optima.Add((int[])current.Clone());
                }

                for (var row = 0; row < current.Length; row++)
                {
                    optimal[row].Add(current[row]);
                }
            }

            if (!Next(current, counts))
            {
                break;
            }
        }

        optima[0].CopyTo(best, 0);
        foreach (var optimum in optima)
        {
            for (var row = 0; row < best.Length; row++)
            {
                undecided[row] |= optimum[row] != best[row];
            }
        }
    }

    private static void Iterate(IReadOnlyList<int> counts, Func<int[], int> score, int[] choice, bool[] undecided, HashSet<int>[] optimal)
    {
        for (var round = 0; round < 10; round++)
        {
            var changed = false;
            for (var row = 0; row < counts.Count; row++)
            {
                var original = choice[row];
                int bestIndex = original, bestScore = int.MinValue, ties = 0;
                for (var candidate = 0; candidate < counts[row]; candidate++)
                {
                    choice[row] = candidate;
                    var value = score(choice);
                    if (value > bestScore)
                    {
                        (bestScore, bestIndex, ties) = (value, candidate, 0);
                        optimal[row].Clear();
                        optimal[row].Add(candidate);
                    }
                    else if (value == bestScore)
                    {
                        ties++;
                        optimal[row].Add(candidate);
                    }
                }

                choice[row] = bestIndex;
                undecided[row] = ties > 0;
                changed |= bestIndex != original;
            }

            if (!changed)
            {
                return;
            }
        }
    }

    // Odometer increment over the readings; false after the last combination.
    private static bool Next(int[] current, IReadOnlyList<int> counts)
    {
        for (var row = current.Length - 1; row >= 0; row--)
        {
            if (++current[row] < Math.Max(1, counts[row]))
            {
                return true;
            }

            current[row] = 0;
        }

        return false;
    }
}
