using Gongkai.Testing;

namespace Gongkai.Parsing.Docx.Tests.Support;

/// <summary>The generated fixtures in <c>tests/fixtures</c>: raw pages and their truth JSON.</summary>
internal static class Fixtures
{
    public static string Raw => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "raw");

    public static string Truth => Path.Combine(RepositoryRoot.Path, "tests", "fixtures", "truth");

    /// <summary>The names of the raw fixtures with the extension that have a truth file.</summary>
    public static TheoryData<string> WithTruth(string extension)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Raw, "*" + extension).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(Truth, Path.GetFileNameWithoutExtension(file) + ".json")))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }
}
