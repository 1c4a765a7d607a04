namespace Gongkai.Corpus.Tests.Support;

/// <summary>
/// The differences from a truth that are known gaps of the parser, listed in a file beside the truths
/// (<c>known-differences.txt</c>: one <c>stem path</c> per line, <c>#</c> comments giving the reason). A gap is written
/// down rather than hidden: the golden test fails on any other difference and on a listed one that is mended.
/// </summary>
internal sealed class KnownDifferences
{
    private readonly Dictionary<string, HashSet<string>> _byStem;

    private KnownDifferences(string? file, Dictionary<string, HashSet<string>> byStem)
    {
        File = file;
        _byStem = byStem;
    }

    /// <summary>No known difference: every truth is exact.</summary>
    public static KnownDifferences None { get; } = new(null, []);

    /// <summary>The list file, or null.</summary>
    public string? File { get; }

    /// <summary>Reads <paramref name="file"/>; none when it does not exist.</summary>
    public static KnownDifferences Load(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            return None;
        }

        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in System.IO.File.ReadLines(file))
        {
            var text = line.Split('#', 2)[0].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var parts = text.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (!byStem.TryGetValue(parts[0], out var paths))
            {
                byStem[parts[0]] = paths = new HashSet<string>(StringComparer.Ordinal);
            }

            paths.Add(parts[1]);
        }

        return new KnownDifferences(file, byStem);
    }

    /// <summary>The known differing paths of one report.</summary>
    public IReadOnlySet<string> Of(string stem) => _byStem.TryGetValue(stem, out var paths) ? paths : new HashSet<string>();
}
