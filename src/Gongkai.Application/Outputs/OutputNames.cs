namespace Gongkai.Application.Outputs;

/// <summary>File names for written documents, and writing them so that a failure never leaves half a file.</summary>
public static class OutputNames
{
    /// <summary><paramref name="title"/> as a file name stem: characters no file system accepts replaced, length bounded.</summary>
    public static string Stem(string title)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var stem = new string([.. title.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim().TrimEnd('.');
        return stem.Length == 0 ? "报告" : stem.Length > 80 ? stem[..80] : stem;
    }

    /// <summary>Writes through a temporary file in the same directory, then moves it into place.</summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
