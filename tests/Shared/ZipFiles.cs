using System.IO.Compression;

namespace Gongkai.Testing;

/// <summary>ZIP archives built in memory for upload tests (a folder of reports as a unit would send it).</summary>
public static class ZipFiles
{
    /// <summary>An archive holding <paramref name="entries"/> in order, each under its name as given (unchecked).</summary>
    public static byte[] Of(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
