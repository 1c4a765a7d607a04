namespace Gongkai.Core.Tests.Support;

/// <summary>Finds the repository's folders from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Specs => Path.Combine(Root, "tests", "specs");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gongkai.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
