using System.IO.Compression;
using System.Security.Cryptography;

namespace Gongkai.Store.Importing;

/// <summary>How the store addresses and keeps an original file: by its SHA-256, gzip-compressed.</summary>
public static class StoredFiles
{
    /// <summary>SHA-256 of <paramref name="bytes"/>, lower-case hex: a file's address in the store.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Compresses a stored original (HTML and text shrink five- to tenfold).</summary>
    public static byte[] Gzip(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>Restores a stored original.</summary>
    public static byte[] Gunzip(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
