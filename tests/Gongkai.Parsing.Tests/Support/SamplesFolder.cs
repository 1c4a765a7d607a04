namespace Gongkai.Parsing.Tests.Support;

/// <summary>The repository's <c>samples/</c> folder and its reports.</summary>
internal static class SamplesFolder
{
    /// <summary>The full path of <c>samples/</c>.</summary>
    public static string Path => Gongkai.Testing.RepositoryRoot.Samples;

    /// <summary>The sample report files (<c>samples/*.txt</c>), sorted by name.</summary>
    public static IReadOnlyList<string> ReportFiles() =>
        Directory.GetFiles(Path, "*.txt").Order(StringComparer.Ordinal).ToList();
}
