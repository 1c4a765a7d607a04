using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Values;

namespace Gongkai.Parsing.Tables;

/// <summary>
/// The ways a row's value cells can fill the template's <c>n</c> columns. Where the layout shows every cell the
/// answer is unique; where blank cells vanished (space-separated PDF text) or stray empty cells were added, there
/// are several, and the statutory sums choose among them (<see cref="BalanceResolver"/>).
/// </summary>
internal static class ValuePlacement
{
    /// <summary>Above this many readings a row is placed left-aligned without searching.</summary>
    public const int MaxCandidates = 5000;

    /// <summary>
    /// Distinct readings of <paramref name="values"/> as <paramref name="n"/> columns, most natural first; a null
    /// entry is a column with no printed cell (blank).
    /// </summary>
    public static List<SourceCell?[]> Candidates(IReadOnlyList<SourceCell> values, int n)
    {
        if (values.Count == n)
        {
            return [[.. values]];
        }

        var result = new List<SourceCell?[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(SourceCell?[] reading)
        {
            if (seen.Add(string.Join('\u0001', reading.Select(c => c is null || CellValueReader.IsBlank(c.Text) ? "" : c.Text.Trim()))))
            {
                result.Add(reading);
            }
        }

        if (values.Count > n)
        {
            DropBlanks(values, n, Add);
        }
        else
        {
            InsertBlanks(values, n, Add);
        }

        return result;
    }

    /// <summary>
    /// The readings of a row whose extractor printed a run of equal cells once (<c>SourceDocument.RepeatsDropped</c>):
    /// printed value <c>i</c> covers <c>r_i ≥ 1</c> consecutive columns with <c>Σ r_i = n</c>, so every column is
    /// filled and the printed order is kept. With as many values as columns it is the row as printed; with more, the
    /// extractor did not lose cells and the ordinary placement applies.
    /// </summary>
    public static List<SourceCell?[]> RunLengths(IReadOnlyList<SourceCell> values, int n)
    {
        if (values.Count == 0 || values.Count >= n)
        {
            return Candidates(values, n);
        }

        var result = new List<SourceCell?[]>();
        foreach (var runs in Compositions(n, values.Count).Take(MaxCandidates))
        {
            var reading = new SourceCell?[n];
            var column = 0;
            for (var k = 0; k < runs.Length; k++)
            {
                for (var r = 0; r < runs[k]; r++)
                {
                    reading[column++] = values[k];
                }
            }

            result.Add(reading);
        }

        return result;
    }

    /// <summary>The ways to write <paramref name="n"/> as <paramref name="k"/> positive parts in order (the cut points between runs).</summary>
    internal static IEnumerable<int[]> Compositions(int n, int k)
    {
        foreach (var cuts in Combinations(n - 1, k - 1))
        {
            var parts = new int[k];
            var start = 0;
            for (var i = 0; i < k - 1; i++)
            {
                parts[i] = cuts[i] + 1 - start;
                start = cuts[i] + 1;
            }

            parts[k - 1] = n - start;
            yield return parts;
        }
    }

    // Too many cells: drop empty ones, stray empties at the row's ends first.
    private static void DropBlanks(IReadOnlyList<SourceCell> values, int n, Action<SourceCell?[]> add)
    {
        var extra = values.Count - n;
        var blanks = Enumerable.Range(0, values.Count).Where(i => CellValueReader.IsBlank(values[i].Text)).ToList();
        if (blanks.Count < extra)
        {
            // More numbers than columns: keep the first n numbers (reported as ambiguous by the caller).
            add([.. values.Where(v => !CellValueReader.IsBlank(v.Text)).Take(n)]);
            return;
        }

        var leading = 0;
        while (leading < values.Count && CellValueReader.IsBlank(values[leading].Text))
        {
            leading++;
        }

        var trailing = 0;
        while (trailing < values.Count && CellValueReader.IsBlank(values[values.Count - 1 - trailing].Text))
        {
            trailing++;
        }

        bool AtEdge(int i) => i < leading || i >= values.Count - trailing;
        var drops = Combinations(blanks.Count, extra).Take(MaxCandidates)
            .Select(combination => combination.Select(k => blanks[k]).ToHashSet())
            .OrderByDescending(dropped => dropped.Count(AtEdge));
        foreach (var dropped in drops)
        {
            add([.. values.Where((_, i) => !dropped.Contains(i))]);
        }
    }

    // Too few cells: some columns were left out. Left-aligned first.
    private static void InsertBlanks(IReadOnlyList<SourceCell> values, int n, Action<SourceCell?[]> add)
    {
        foreach (var positions in Combinations(n, values.Count).Take(MaxCandidates))
        {
            var reading = new SourceCell?[n];
            for (var k = 0; k < positions.Length; k++)
            {
                reading[positions[k]] = values[k];
            }

            add(reading);
        }
    }

    /// <summary>The k-subsets of 0..n-1 in lexicographic order (so the first is 0..k-1).</summary>
    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var current = Enumerable.Range(0, k).ToArray();
        if (k > n)
        {
            yield break;
        }

        while (true)
        {
            yield return (int[])current.Clone();
            var i = k - 1;
            while (i >= 0 && current[i] == n - k + i)
            {
                i--;
            }

            if (i < 0)
            {
                yield break;
            }

            current[i]++;
            for (var j = i + 1; j < k; j++)
            {
                current[j] = current[j - 1] + 1;
            }
        }
    }
}
