namespace Gongkai.Cli;

/// <summary>
/// The JSON file each input of <c>parse --out</c> is written to: <c>STEM.json</c>, or <c>STEM-2.json</c>, <c>-3</c>… for
/// a stem met again, numbered in input order among the files that were read (a file that fails takes no name).
/// </summary>
/// <remarks>
/// So that the workers of a parallel run can write most files themselves, a name that cannot depend on which earlier
/// files fail is fixed before reading (<see cref="Planned"/>): the stem is met once in the batch, and neither it nor
/// any of its <c>-N</c> prefixes (<c>a</c> of <c>a-2</c>, <c>a-2</c> of <c>a-2-2</c>) is another input's stem. Every
/// other file is named by <see cref="Claim"/> in input order, as a serial run names it; the two sets of names never meet.
/// </remarks>
internal sealed class ParseOutputNames
{
    private readonly string _directory;
    private readonly string?[] _planned;
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public ParseOutputNames(string directory, IReadOnlyList<string> files)
    {
        _directory = directory;
        var stems = files.Select(Stem).ToList();
        var counts = stems.CountBy(s => s, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        _planned = [.. stems.Select(stem => counts[stem] == 1 && !NumberedPrefixes(stem).Any(counts.ContainsKey) ? Path.Combine(directory, stem + ".json") : null)];
    }

    /// <summary>The name of input <paramref name="index"/> if it is known before any file is read, else <see langword="null"/>.</summary>
    public string? Planned(int index) => _planned[index];

    /// <summary>The name of input <paramref name="index"/>, once it has been read; called in input order for every file read.</summary>
    public string Claim(int index, string file)
    {
        if (_planned[index] is { } planned)
        {
            return planned;
        }

        var stem = Stem(file);
        var path = Path.Combine(_directory, stem + ".json");
        for (var n = 2; !_claimed.Add(path); n++)
        {
            path = Path.Combine(_directory, $"{stem}-{n}.json");
        }

        return path;
    }

    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);

    // "a-2-10" → "a-2", "a": the stems whose renamed copies could be called this.
    private static IEnumerable<string> NumberedPrefixes(string stem)
    {
        for (var dash = stem.LastIndexOf('-'); dash >= 0; dash = stem.LastIndexOf('-'))
        {
            var suffix = stem.AsSpan(dash + 1);
            if (suffix.IsEmpty || suffix.ContainsAnyExceptInRange('0', '9'))
            {
                yield break;
            }

            stem = stem[..dash];
            yield return stem;
        }
    }
}
