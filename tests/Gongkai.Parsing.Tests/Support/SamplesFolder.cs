namespace Gongkai.Parsing.Tests.Support;

/// <summary>Finds the repository's <c>samples/</c> folder by walking up from the test binaries.</summary>
internal static class SamplesFolder
{
    private static readonly Lazy<string> Location = new(Find);

    /// <summary>The full path of <c>samples/</c>.</summary>
    public static string Path => Location.Value;

    /// <summary>The sample report files (<c>samples/*.txt</c>), sorted by name.</summary>
    public static IReadOnlyList<string> ReportFiles() =>
        Directory.GetFiles(Path, "*.txt").Order(StringComparer.Ordinal).ToList();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var samples = System.IO.Path.Combine(directory.FullName, "samples");
            if (Directory.Exists(samples) && File.Exists(System.IO.Path.Combine(directory.FullName, "Gongkai.slnx")))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException($"No samples/ folder next to Gongkai.slnx above {AppContext.BaseDirectory}.");
    }
}
