using System.Globalization;
using Gongkai.Parsing.Reading;
using Gongkai.Store;
using Gongkai.Store.Importing;

namespace Gongkai.Application.Importing;

/// <summary>
/// Imports files received over the web through <see cref="ImportReports"/>: the limits first (count, size, empty),
/// then each file in a private temporary folder under its own name, read by content (the readers sniff; the
/// extension is never trusted). A ZIP archive (not a DOCX or XLSX) is expanded through the bounded
/// <see cref="ReportArchive"/> and each of its files treated as one uploaded file. One result per file in the user's
/// terms (已入库 / 新版本 / 重复 / 有错误 / 无法读取), with the candidate units of a report that matched none.
/// </summary>
public static class UploadReports
{
    /// <summary>Imports <see cref="UploadOptions.Files"/> into <paramref name="store"/>.</summary>
    public static UploadResult Run(ReportStore store, UploadOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Files.Count == 0)
        {
            return new UploadResult { Failure = new UseCaseFailure(FailureKind.BadUsage, "没有收到文件：请选择要上传的报告文件。") };
        }

        if (options.Files.Count > options.MaxFiles)
        {
            return new UploadResult { Failure = new UseCaseFailure(FailureKind.BadUsage, $"一次最多上传 {options.MaxFiles} 个文件，收到了 {options.Files.Count} 个：请分批上传。") };
        }

        var folder = Directory.CreateTempSubdirectory("gongkai-upload-");
        try
        {
            var lines = new List<Line>();
            for (var i = 0; i < options.Files.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                Receive(options.Files[i], i, options, folder, lines);
            }

            var pending = lines.Where(l => l.Path is not null).ToDictionary(l => l.Path!, StringComparer.Ordinal);
            if (pending.Count > 0)
            {
                var import = ImportReports.Run(store, new ImportOptions { Files = [.. pending.Keys], Jobs = Math.Min(2, pending.Count), ReadTimeout = options.ReadTimeout }, cancellation: cancellation);
                if (import.Failure is not null)
                {
                    return new UploadResult { Failure = import.Failure };
                }

                // The queue's own candidates (a file skipped as already imported was not read again, so its agency is not at hand).
                var queue = import.Summary!.Files.Any(f => !f.Linked) ? store.UnlinkedReports().ToDictionary(r => r.ReportId) : null;
                foreach (var imported in import.Summary.Files)
                {
                    var line = pending[imported.File];
                    var stored = imported.Outcome == SaveOutcome.AlreadyImported && imported.ReportId == 0 ? Known(store, imported, queue) : imported;
                    line.Result = Stored(line.Name, stored) with
                    {
                        Source = line.Source,
                        NeedsUnit = !stored.Linked,
                        Candidates = stored.Linked || queue is null || !queue.TryGetValue(stored.ReportId, out var unlinked) ? [] : [.. unlinked.Candidates
                            .Where(options.Scope.Covers).Select(u => new UnitCandidate(u.Code, u.Name, u.Region))],
                    };
                }

                foreach (var failed in import.Summary.Failures)
                {
                    var line = pending[failed.File];
                    // The reason names the temporary path; the user knows the file by the name they sent.
                    line.Result = new UploadedFileResult(line.Name, UploadOutcome.Unreadable, failed.Reason.Replace(failed.File, line.Name, StringComparison.Ordinal), null) { Source = line.Source };
                }
            }

            return new UploadResult
            {
                Files = [.. lines.Select(l => l.Result ?? new UploadedFileResult(l.Name, UploadOutcome.Unreadable, "上传已取消，文件未导入。", null) { Source = l.Source })],
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // A file the import skipped unread as imported before: its report from the store, linked unless it waits in the queue.
    private static ImportedFile Known(ReportStore store, ImportedFile file, Dictionary<long, UnlinkedReport>? queue)
    {
        var known = store.ImportedFile(StoredFiles.Sha256(File.ReadAllBytes(file.File)));
        if (known is null)
        {
            return file;
        }

        var waiting = queue is not null && queue.ContainsKey(known.ReportId);
        return file with { ReportId = known.ReportId, Version = known.Version, Linked = !waiting, Agency = waiting ? queue![known.ReportId].Agency : null };
    }

    // Adds the lines of one received file: a refusal, a file to import, or an archive's files and refusals.
    private static void Receive(UploadedFile file, int index, UploadOptions options, DirectoryInfo folder, List<Line> lines)
    {
        var name = DisplayName(file.Name, index);
        if (Refusal(file, options.MaxFileBytes) is { } reason)
        {
            lines.Add(new Line(name, name) { Result = new UploadedFileResult(name, UploadOutcome.Unreadable, reason, null) { Source = name } });
            return;
        }

        // Within the size limit, so it may be held whole: an archive is opened from memory.
        byte[] content;
        using (var source = file.Open())
        using (var buffer = new MemoryStream())
        {
            source.CopyTo(buffer);
            content = buffer.ToArray();
        }

        if (!ReportArchive.IsArchive(content))
        {
            lines.Add(new Line(name, name) { Path = Write(folder, lines.Count, name, content) });
            return;
        }

        var limits = options.ArchiveLimits with { MaxEntryBytes = options.MaxFileBytes };
        ReportArchive.Expand(content, name, limits, entry =>
        {
            if (entry.Content is null)
            {
                lines.Add(new Line(entry.Name, name) { Result = new UploadedFileResult(entry.Name, UploadOutcome.Unreadable, entry.Refusal!, null) { Source = name } });
            }
            else
            {
                lines.Add(new Line(entry.Name, name) { Path = Write(folder, lines.Count, DisplayName(entry.Name, lines.Count), entry.Content) });
            }
        });
    }

    // One folder per file keeps its name (the store records it as the source) without collisions.
    private static string Write(DirectoryInfo folder, int index, string name, byte[] content)
    {
        var path = Path.Combine(folder.CreateSubdirectory(index.ToString("D4", CultureInfo.InvariantCulture)).FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string? Refusal(UploadedFile file, long maxBytes) =>
        file.Length == 0 ? "文件是空的（0 字节），没有可读取的内容。"
        : file.Length > maxBytes ? $"文件大小 {Megabytes(file.Length)} MB，超过了单个文件 {Megabytes(maxBytes)} MB 的上限。"
        : null;

    private static UploadedFileResult Stored(string name, ImportedFile file)
    {
        var (outcome, what) = file.Outcome switch
        {
            SaveOutcome.AlreadyImported or SaveOutcome.SameContent => (UploadOutcome.Duplicate, "重复，此前已导入，内容相同，未新增版本"),
            SaveOutcome.NewVersion or SaveOutcome.MadeCurrent => (UploadOutcome.NewVersion, $"已入库为新版本（第 {file.Version} 版）"),
            SaveOutcome.EarlierVersion or SaveOutcome.OlderVersion => (UploadOutcome.NewVersion, $"已作为较早版本（第 {file.Version} 版）入库"),
            _ => (UploadOutcome.Stored, "已入库"),
        };
        if (file.Errors > 0 && outcome != UploadOutcome.Duplicate)
        {
            outcome = UploadOutcome.StoredWithErrors;
        }

        // A file skipped as already imported was not read again: its agency and figures are not at hand.
        var who = file.Agency is null && file.Year is null && outcome == UploadOutcome.Duplicate
            ? $"报告 {file.ReportId.ToString(CultureInfo.InvariantCulture)}"
            : $"{file.Agency ?? "（未识别机关）"}{(file.Year is { } y ? $" {y.ToString(CultureInfo.InvariantCulture)} 年度" : "")}";
        var problems = file.Errors > 0 ? $"，有 {file.Errors} 个错误、{file.Warnings} 个警告" : file.Warnings > 0 ? $"，有 {file.Warnings} 个警告" : "";
        var link = file.Linked ? "" : "；未匹配到名录中的单位，待确认单位";
        return new UploadedFileResult(name, outcome, $"{what}：{who}{problems}{link}。", file.ReportId);
    }

    // The client's name without any folder, and without characters a file name cannot hold.
    private static string DisplayName(string name, int index)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. bare.Where(c => !char.IsControl(c) && c != '/' && c != '\0')]).Trim();
        return clean is { Length: > 0 } and not "." and not ".." ? clean[..Math.Min(clean.Length, 120)] : $"文件{index + 1}";
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    // A result line in the making: the file to import (Path) until the import gives its result.
    private sealed class Line(string name, string source)
    {
        public string Name { get; } = name;

        public string Source { get; } = source;

        public string? Path { get; init; }

        public UploadedFileResult? Result { get; set; }
    }
}
