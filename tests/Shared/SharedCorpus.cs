namespace Gongkai.Testing;

/// <summary>
/// The shared corpus of real reports, used in place and never copied into the repository: beside the repository
/// (<c>../shared/corpus</c>), or where <c>GONGKAI_CORPUS</c> points.
/// </summary>
internal static class SharedCorpus
{
    /// <summary>The corpus folder (holding <c>raw/</c>), or null when this machine does not have it.</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("GONGKAI_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(Path.Combine(configured, "raw")) ? configured : null;
        }

        for (var directory = new DirectoryInfo(RepositoryRoot.Path); directory is not null; directory = directory.Parent)
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
