namespace Gongkai.Cli;

/// <summary>A path with every symbolic link in it resolved, to tell when two paths name the same file.</summary>
internal static class RealPaths
{
    // Linux gives up after 40 links (ELOOP); so does this, keeping the path as far as it got.
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>
    /// The real path of <paramref name="path"/>, an entry listed in a folder whose real path is
    /// <paramref name="realFolder"/>: that and the entry's name unless the entry is itself a link. One readlink per
    /// file of a folder instead of one per component of its path (issue #16).
    /// </summary>
    public static string OfEntry(string path, FileSystemInfo entry, string realFolder) =>
        IsLink(entry) ? Of(path) : Path.Combine(realFolder, entry.Name);

    private static bool IsLink(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // as Resolve: a component whose link cannot be read is kept as it is
        }
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                target = null;
            }

            current = target is not null && ++links <= MaxLinks
                ? Resolve(Path.GetFullPath(target, current), ref links)
                : next;
        }

        return current;
    }
}
