namespace Gongkai.Corpus.Tests.Support;

/// <summary>
/// Finds our samples (always in the repository) and the shared corpus of real reports (beside the repository,
/// <c>../shared/corpus</c>, or where <c>GONGKAI_CORPUS</c> points), as PdfPig's IntegrationHelpers do.
/// </summary>
internal static class CorpusPaths
{
    public static string Root => Gongkai.Testing.RepositoryRoot.Path;

    public static string Samples => Gongkai.Testing.RepositoryRoot.Samples;

    /// <summary>The shared corpus, or null when this machine does not have it.</summary>
    public static string? Shared { get; } = FindShared();

    private static string? FindShared()
    {
        var configured = Environment.GetEnvironmentVariable("GONGKAI_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(Path.Combine(configured, "raw")) ? configured : null;
        }

        for (var directory = new DirectoryInfo(Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "raw")) && Directory.Exists(Path.Combine(candidate, "truth")))
            {
                return candidate;
            }
        }

        return null;
    }
}
