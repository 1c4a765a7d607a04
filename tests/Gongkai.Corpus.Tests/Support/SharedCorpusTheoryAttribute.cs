namespace Gongkai.Corpus.Tests.Support;

/// <summary>A theory over the shared corpus, skipped (with the reason shown) on machines without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (CorpusPaths.Shared is null)
        {
            Skip = "shared corpus not found (../shared/corpus or GONGKAI_CORPUS)";
        }
    }
}
