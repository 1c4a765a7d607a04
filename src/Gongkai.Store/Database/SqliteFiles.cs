namespace Gongkai.Store.Database;

/// <summary>Whether a SQLite store file is marked writable.</summary>
internal static class SqliteFiles
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>
    /// Whether <paramref name="file"/> and its folder carry a write permission. A file or folder marked read-only
    /// (<c>chmod 444</c>, an archived copy) is opened read-only even by a user who could override the mark (root),
    /// so that a read-only verb never changes it. Tested by the permission bits, not by opening the file: closing a
    /// second descriptor of a SQLite file would drop the locks this process's connections hold on it.
    /// </summary>
    public static bool Writable(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return !new FileInfo(file).IsReadOnly;
        }

        var folder = new FileInfo(file).Directory;
        return (new FileInfo(file).UnixFileMode & AnyWrite) != 0 && (folder is null || (folder.UnixFileMode & AnyWrite) != 0);
    }
}
