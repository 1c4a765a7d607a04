namespace Gongkai.Cli;

/// <summary>Expands the FILE|DIR arguments of a command into files.</summary>
/// <remarks>
/// A directory contributes its files (not subdirectories), in name order, except hidden files, <c>README*</c> and
/// <c>*.json</c> (expected outputs kept beside samples). Name a JSON file explicitly to use it.
/// </remarks>
internal static class InputFiles
{
    public static List<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument)
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
               !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
    }
}
