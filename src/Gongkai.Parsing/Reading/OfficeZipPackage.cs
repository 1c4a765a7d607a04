using System.IO.Compression;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// Opens the ZIP container of an Office Open XML file (DOCX, XLSX) and reads its parts with our own bounds: entries
/// are inflated into memory only up to a limit, whatever sizes the ZIP headers claim, and XML with a DTD (the
/// vehicle of XXE) is refused before any XML parser sees it.
/// </summary>
public sealed class OfficeZipPackage : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly string _file;
    private readonly long _maxPartBytes;

    // Largest buffer allocated on the header's word alone: a lying header costs at most this much up front.
    private const int InitialBufferCap = 4 * 1024 * 1024;

    private OfficeZipPackage(ZipArchive archive, string file, long maxPartBytes)
    {
        _archive = archive;
        _file = file;
        _maxPartBytes = maxPartBytes;
    }

    /// <summary>What kind of Office file the container holds, in Chinese, e.g. <c>Excel 工作簿（.xlsx）</c>.</summary>
    public string Kind =>
        HasPart("word/document.xml") ? "Word 文档（.docx）"
        : HasPart("xl/workbook.xml") ? "Excel 工作簿（.xlsx）"
        : HasPart("ppt/presentation.xml") ? "PowerPoint 演示文稿"
        : HasPart("OFD.xml") ? "OFD 版式文件"
        : "ZIP 压缩包";

    /// <summary>Opens <paramref name="content"/>, refusing a damaged container or one with too many entries.</summary>
    /// <exception cref="UnreadableInputException">The container is damaged or too large.</exception>
    public static OfficeZipPackage Open(ReadOnlyMemory<byte> content, string file, int maxEntries, long maxPartBytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(AsStream(content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableInputException($"{file}：ZIP/Office 文件已损坏，无法打开。", ex);
        }

        var entries = archive.Entries.Count;
        if (entries > maxEntries)
        {
            archive.Dispose();
            throw new UnreadableInputException($"{file}：压缩包内有 {entries} 个文件，超过上限 {maxEntries} 个，已拒绝。");
        }

        return new OfficeZipPackage(archive, file, maxPartBytes);
    }

    /// <summary>Whether <paramref name="content"/> is a readable ZIP container with a part named <paramref name="name"/>.</summary>
    /// <remarks>Reads only the central directory; a damaged container answers false and is left to the reader that refuses it.</remarks>
    public static bool Contains(ReadOnlyMemory<byte> content, string name)
    {
        try
        {
            using var archive = new ZipArchive(AsStream(content), ZipArchiveMode.Read);
            return archive.GetEntry(name) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Whether the package has a part named <paramref name="name"/>.</summary>
    public bool HasPart(string name) => _archive.GetEntry(name) is not null;

    /// <summary>The part's XML text, or null when the package has no such part.</summary>
    /// <exception cref="UnreadableInputException">The part is damaged, too large once inflated, or declares a DTD.</exception>
    public string? ReadPart(string name)
    {
        var entry = _archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        var (bytes, length) = Inflate(entry, _maxPartBytes);
        if (bytes is null)
        {
            throw new UnreadableInputException($"{_file}：{name} 解压后超过 {_maxPartBytes / 1024 / 1024} MB（可能是压缩炸弹），已拒绝。");
        }

        // The UTF-8 byte order mark is left out before decoding rather than cut from the text after it.
        var start = bytes.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var text = System.Text.Encoding.UTF8.GetString(bytes, start, length - start);
        if (DeclaresDtd(text))
        {
            throw new UnreadableInputException($"{_file}：{name} 含有 DTD 或实体声明（可能是 XXE 攻击），已拒绝。");
        }

        return text;
    }

    /// <summary>The container's entries as its central directory lists them (names and sizes are claims, not facts).</summary>
    public IReadOnlyCollection<ZipArchiveEntry> Entries => _archive.Entries;

    /// <summary>
    /// Inflates <paramref name="entry"/> into memory, stopping as soon as it passes <paramref name="maxBytes"/> whatever
    /// size its header claims.
    /// </summary>
    /// <returns>The bytes, or <see langword="null"/> when the entry inflates past <paramref name="maxBytes"/>.</returns>
    /// <exception cref="UnreadableInputException">The entry is damaged.</exception>
    public byte[]? ReadBytes(ZipArchiveEntry entry, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (bytes, length) = Inflate(entry, maxBytes);
        return bytes is null ? null : bytes.Length == length ? bytes : bytes[..length];
    }

    // Inflates into one array sized from the header's claim (capped: the claim may lie), grown by doubling, so a
    // part is not copied through chunks and a MemoryStream. (null, 0) once more than maxBytes came out.
    private (byte[]? Bytes, int Length) Inflate(ZipArchiveEntry entry, long maxBytes)
    {
        var limit = (int)Math.Clamp(maxBytes, 0, Array.MaxLength - 1) + 1; // one byte past the bound shows that it was passed
        var buffer = new byte[(int)Math.Clamp(entry.Length + 1, 1, Math.Min(limit, InitialBufferCap))];
        var length = 0;
        try
        {
            using var stream = entry.Open();
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= limit)
                    {
                        return (null, 0);
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return (null, 0);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new UnreadableInputException($"{_file}：{entry.FullName} 已损坏，无法解压。", ex);
        }

        return (buffer, length);
    }

    // The same test as Contains("<!DOCTYPE"/"<!ENTITY", OrdinalIgnoreCase) — '<' and '!' have no case variants — but
    // a vectorised search for "<!" that parts without comments or CDATA pass in one scan.
    private static bool DeclaresDtd(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("<!", at, StringComparison.Ordinal)) >= 0)
        {
            var rest = text.AsSpan(at + 2);
            if (rest.StartsWith("DOCTYPE", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ENTITY", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            at += 2;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="content"/> is a document packaged as a ZIP (Office Open XML, OFD, OpenDocument) rather
    /// than an archive of files: such a file goes to a reader, an archive is expanded (<see cref="ReportArchive"/>).
    /// </summary>
    /// <remarks>Reads only the central directory; a damaged container answers false.</remarks>
    public static bool IsDocumentPackage(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var archive = new ZipArchive(AsStream(content), ZipArchiveMode.Read);
            return archive.GetEntry("[Content_Types].xml") is not null || archive.GetEntry("OFD.xml") is not null || archive.GetEntry("mimetype") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _archive.Dispose();

    // A read-only stream over the bytes, without copying them when they live in an array (a file read whole):
    // both the claim (Contains) and the read open the container.
    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
