namespace Gongkai.Corpus.Tests.Support;

/// <summary>
/// Finds our samples (always in the repository) and the shared corpus of real reports (beside the repository,
/// <c>../shared/corpus</c>, or where <c>GONGKAI_CORPUS</c> points: <see cref="Gongkai.Testing.SharedCorpus"/>), as PdfPig's IntegrationHelpers do.
/// </summary>
internal static class CorpusPaths
{
    public static string Root => Gongkai.Testing.RepositoryRoot.Path;

    public static string Samples => Gongkai.Testing.RepositoryRoot.Samples;

    /// <summary>The shared corpus, or null when this machine does not have it.</summary>
    public static string? Shared => Gongkai.Testing.SharedCorpus.Root;
}
