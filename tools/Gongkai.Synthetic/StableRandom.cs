namespace Gongkai.Synthetic;

/// <summary>Random sources derived from the seed and a few keys, so that every unit-year draws the same numbers however the province is traversed.</summary>
/// <remarks>
/// <see cref="HashCode"/> and <see cref="string.GetHashCode()"/> are randomised per process, so the keys are mixed
/// with SplitMix64 instead; a seeded <see cref="Random"/> is stable across runs and platforms.
/// </remarks>
internal static class StableRandom
{
    /// <summary>A generator for the given keys.</summary>
    public static Random For(int seed, params ReadOnlySpan<long> keys)
    {
        var state = Mix((ulong)seed);
        foreach (var key in keys)
        {
            state = Mix(state ^ (ulong)key);
        }

        return new Random((int)(state & 0x7FFFFFFF));
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for keys that are names or codes.</summary>
    public static long Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
