namespace Gongkai.Application.Importing;

/// <summary>A file received from a browser or an API client.</summary>
/// <param name="Name">The name the client gave (only shown to the user; never trusted for the format).</param>
/// <param name="Length">Its size in bytes, as received.</param>
/// <param name="Open">Opens its content (read only when it is within the limits).</param>
public sealed record UploadedFile(string Name, long Length, Func<Stream> Open)
{
    /// <summary>A file held in memory.</summary>
    public static UploadedFile FromBytes(string name, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(name, content.Length, () => new MemoryStream(content, writable: false));
    }
}
