namespace Gongkai.Cli;

/// <summary>Expands the FILE|DIR arguments of a command into files.</summary>
/// <remarks>
/// A directory contributes its files (not subdirectories), in name order, except hidden files, <c>README*</c> and
/// <c>*.json</c> (expected outputs kept beside samples) and <c>*.csv</c> (registries and exports). Name such a file
/// explicitly to use it. <c>import</c> also descends into subdirectories.
/// </remarks>
internal static class InputFiles
{
    public static List<string> Expand(IEnumerable<string> arguments, bool recursive = false)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                    .Where(IsReportCandidate)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(argument);
            }
        }

        return files;
    }

    private static bool IsReportCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') &&
               !name.StartsWith("README", StringComparison.OrdinalIgnoreCase) &&
               !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
               !name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }
}
