using System.IO.Compression;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// Expands a ZIP archive of reports (not a DOCX or XLSX, which are ZIP packages read by their readers) through the
/// bounded <see cref="OfficeZipPackage"/>: entry counts, each entry's and the whole archive's inflated size, nesting
/// depth, unsafe paths and encrypted entries are refused with a Chinese reason, one per entry, and the rest are handed
/// on one at a time so that only one entry's bytes are held.
/// </summary>
public static class ReportArchive
{
    /// <summary>Whether <paramref name="content"/> is a ZIP archive of files to expand (a ZIP that is not a document package).</summary>
    public static bool IsArchive(ReadOnlyMemory<byte> content) =>
        InputSniffer.Sniff(content.Span[..Math.Min(content.Length, InputSniffer.HeadLength)]) == InputKind.Zip
        && !OfficeZipPackage.IsDocumentPackage(content);

    /// <summary>Passes each file of the archive <paramref name="content"/>, named <paramref name="name"/>, to <paramref name="each"/>, in the archive's order.</summary>
    public static void Expand(byte[] content, string name, ReportArchiveLimits limits, Action<ArchiveEntry> each)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(each);
        Expand(content, name, limits, each, depth: 1, new Budget(limits.MaxTotalBytes, limits.MaxEntries));
    }

    private static void Expand(byte[] content, string name, ReportArchiveLimits limits, Action<ArchiveEntry> each, int depth, Budget budget)
    {
        OfficeZipPackage package;
        try
        {
            package = OfficeZipPackage.Open(content, name, limits.MaxEntries, limits.MaxEntryBytes);
        }
        catch (UnreadableInputException ex)
        {
            each(new ArchiveEntry(name, null, ex.Message));
            return;
        }

        using (package)
        {
            foreach (var entry in package.Entries)
            {
                if (budget.Stopped)
                {
                    return;
                }

                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue; // A folder: its files are entries of their own.
                }

                var display = $"{name}/{Printable(entry.FullName)}";
                if (budget.Files == 0)
                {
                    budget.Stopped = true;
                    each(new ArchiveEntry(display, null, $"{display}：压缩包内的文件超过 {limits.MaxEntries} 个，此文件及其后的文件未解压。"));
                    return;
                }

                budget.Files--;
                var refusal = Refusal(entry, display);
                if (refusal is not null)
                {
                    each(new ArchiveEntry(display, null, refusal));
                    continue;
                }

                byte[]? bytes;
                try
                {
                    bytes = package.ReadBytes(entry, Math.Min(limits.MaxEntryBytes, budget.Bytes));
                }
                catch (UnreadableInputException)
                {
                    each(new ArchiveEntry(display, null, $"{display}：已损坏，无法解压。"));
                    continue;
                }

                if (bytes is null)
                {
                    // Past the per-file bound, or past what is left of the archive's: the second ends the expansion.
                    if (budget.Bytes <= limits.MaxEntryBytes)
                    {
                        budget.Stopped = true;
                        each(new ArchiveEntry(display, null, $"{display}：压缩包解压后的总大小超过 {Megabytes(limits.MaxTotalBytes)} MB 的上限（可能是压缩炸弹），此文件及其后的文件未解压。"));
                        return;
                    }

                    each(new ArchiveEntry(display, null, $"{display}：解压后超过单个文件 {Megabytes(limits.MaxEntryBytes)} MB 的上限（可能是压缩炸弹），已拒绝。"));
                    continue;
                }

                budget.Bytes -= bytes.Length;
                if (IsArchive(bytes))
                {
                    if (depth >= limits.MaxDepth)
                    {
                        each(new ArchiveEntry(display, null, $"{display}：压缩包嵌套超过 {limits.MaxDepth} 层，已拒绝。"));
                        continue;
                    }

                    Expand(bytes, display, limits, each, depth + 1, budget);
                    continue;
                }

                each(new ArchiveEntry(display, bytes, null));
            }
        }
    }

    // A name is a claim of the archive's author: one leaving the archive's folder is refused outright, even though
    // the upload never writes it as a path.
    private static string? Refusal(ZipArchiveEntry entry, string display)
    {
        var path = entry.FullName.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':') || path.Split('/').Any(s => s == "..") || path.Any(c => c == '\0'))
        {
            return $"{display}：压缩包内的路径不安全（绝对路径或含“..”），已拒绝。";
        }

        return entry.IsEncrypted ? $"{display}：文件已加密（设有密码），无法读取。" : null;
    }

    private static string Printable(string name)
    {
        var clean = new string([.. name.Replace('\\', '/').Where(c => !char.IsControl(c))]);
        return clean.Length > 200 ? clean[..200] + "…" : clean;
    }

    private static string Megabytes(long bytes) => (bytes / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Budget(long bytes, int files)
    {
        public long Bytes { get; set; } = bytes;

        public int Files { get; set; } = files;

        public bool Stopped { get; set; }
    }
}
