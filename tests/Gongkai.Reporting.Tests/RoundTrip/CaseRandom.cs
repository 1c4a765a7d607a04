namespace Gongkai.Reporting.Tests.RoundTrip;

/// <summary>Random sources for one round-trip case, derived from the run's seed, the case's index and a stream number.</summary>
/// <remarks>
/// Each case draws from its own generator, so a failing case is reproduced from its seed and index alone, whatever
/// order (or thread) the cases run in. The keys are mixed with SplitMix64: <see cref="HashCode"/> is randomised per process.
/// </remarks>
internal static class CaseRandom
{
    /// <summary>The generator for stream <paramref name="stream"/> of case <paramref name="index"/> in the run seeded <paramref name="seed"/>.</summary>
    public static Random For(int seed, int index, int stream) =>
        new((int)(Mix(Mix(Mix((ulong)seed) ^ (ulong)index) ^ (ulong)stream) & 0x7FFFFFFF));

    /// <summary>Whether an event of probability <paramref name="p"/> happens.</summary>
    public static bool Chance(this Random random, double p) => random.NextDouble() < p;

    /// <summary>One of <paramref name="items"/>, uniformly.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
