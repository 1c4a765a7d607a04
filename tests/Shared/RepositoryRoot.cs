namespace Gongkai.Testing;

/// <summary>The repository's folders, found by walking up from the running binary to <c>Gongkai.slnx</c>.</summary>
/// <remarks>Linked into every test project and the benchmark (tests/Directory.Build.props).</remarks>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Location = new(Find);

    /// <summary>The folder holding <c>Gongkai.slnx</c>.</summary>
    public static string Path => Location.Value;

    /// <summary><c>samples/</c>: our fictional reports and their expected JSON.</summary>
    public static string Samples => System.IO.Path.Combine(Path, "samples");

    /// <summary><c>tests/specs/</c>: the rule catalogue and its base reports.</summary>
    public static string Specs => System.IO.Path.Combine(Path, "tests", "specs");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Gongkai.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Gongkai.slnx not found above {AppContext.BaseDirectory}.");
    }
}
