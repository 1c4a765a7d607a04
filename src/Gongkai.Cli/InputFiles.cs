namespace Gongkai.Cli;

/// <summary>Expands the FILE|DIR arguments of a command into files.</summary>
/// <remarks>
/// A file named as an argument is read whatever it is (a link, a pipe such as <c>&lt;(…)</c>, a <c>.json</c>).
/// A directory contributes its regular files in name order, and its subfolders' (unless recursion is off),
/// except hidden files and folders, <c>README*</c>, <c>*.json</c> (canonical JSON: expected outputs kept beside
/// samples, <c>parse</c> results; they are not reports as published, and <c>render</c> reads one named explicitly)
/// and <c>*.csv</c> (registries and exports). Links to directories inside a directory are never followed (a link to
/// a parent would loop); a directory named as an argument is read even when it is a link. A file reached twice (by a
/// link, or by overlapping arguments) is read once, by its real path. Everything left out is returned with its
/// reason, for the command to say how many and why.
/// </remarks>
internal static class InputFiles
{
    public static InputSelection Expand(IEnumerable<string> arguments, bool recursive = true)
    {
        var files = new List<string>();
        var skipped = new List<SkippedFile>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                Walk(argument, recursive, files, skipped, seen);
            }
            else if (!File.Exists(argument) || seen.Add(RealPaths.Of(argument)))
            {
                files.Add(argument); // a missing file is kept: reading it says so, naming it
            }
            else
            {
                skipped.Add(new SkippedFile(argument, SkipReason.Duplicate));
            }
        }

        return new InputSelection(files, skipped);
    }

    // Paths are built from the argument as given, so that messages show them as the user wrote them.
    private static void Walk(string directory, bool recursive, List<string> files, List<SkippedFile> skipped, HashSet<string> seen)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedFile(directory, SkipReason.Unreadable));
            return;
        }

        string? realDirectory = null; // resolved once, for the first file not yet skipped
        foreach (var entry in entries)
        {
            var path = Path.Combine(directory, entry.Name);
            if (entry is DirectoryInfo)
            {
                var reason = entry.Name.StartsWith('.') ? SkipReason.Hidden
                    : entry.LinkTarget is not null ? SkipReason.DirectoryLink
                    : !recursive ? SkipReason.Subfolder
                    : (SkipReason?)null;
                if (reason is { } why)
                {
                    skipped.Add(new SkippedFile(path, why));
                }
                else
                {
                    Walk(path, recursive, files, skipped, seen);
                }

                continue;
            }

            if (Exclusion(entry.Name) is { } excluded)
            {
                skipped.Add(new SkippedFile(path, excluded));
            }
            else if (!UnixFileTypes.IsRegularFile(path))
            {
                skipped.Add(new SkippedFile(path, SkipReason.NotRegularFile));
            }
            else if (!seen.Add(RealPaths.OfEntry(path, entry, realDirectory ??= RealPaths.Of(directory))))
            {
                skipped.Add(new SkippedFile(path, SkipReason.Duplicate));
            }
            else
            {
                files.Add(path);
            }
        }
    }

    private static SkipReason? Exclusion(string name) =>
        name.StartsWith('.') ? SkipReason.Hidden
        : name.StartsWith("README", StringComparison.OrdinalIgnoreCase) ? SkipReason.Readme
        : name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? SkipReason.CanonicalJson
        : name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SkipReason.Csv
        : null;
}
