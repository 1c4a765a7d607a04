using System.Globalization;
using Gongkai.Store;
using Gongkai.Store.Importing;

namespace Gongkai.Application.Importing;

/// <summary>
/// Imports files received over the web through <see cref="ImportReports"/>: the limits first (count, size, empty),
/// then each file in a private temporary folder under its own name, read by content (the readers sniff; the
/// extension is never trusted), and one result per file in the user's terms (已入库 / 有错误 / 无法读取).
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
            var results = new UploadedFileResult?[options.Files.Count];
            var paths = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < options.Files.Count; i++)
            {
                var file = options.Files[i];
                var name = DisplayName(file.Name, i);
                if (Refusal(file, options.MaxFileBytes) is { } reason)
                {
                    results[i] = new UploadedFileResult(name, UploadOutcome.Unreadable, reason, null);
                    continue;
                }

                // One folder per file keeps its name (the store records it as the source) without collisions.
                var path = Path.Combine(folder.CreateSubdirectory(i.ToString("D3", CultureInfo.InvariantCulture)).FullName, name);
                using (var source = file.Open())
                using (var target = File.Create(path))
                {
                    source.CopyTo(target);
                }

                paths[path] = i;
            }

            if (paths.Count > 0)
            {
                var import = ImportReports.Run(store, new ImportOptions { Files = [.. paths.Keys], Jobs = Math.Min(2, paths.Count), ReadTimeout = options.ReadTimeout }, cancellation: cancellation);
                if (import.Failure is not null)
                {
                    return new UploadResult { Failure = import.Failure };
                }

                foreach (var stored in import.Summary!.Files)
                {
                    var i = paths[stored.File];
                    results[i] = Stored(DisplayName(options.Files[i].Name, i), stored);
                }

                foreach (var failed in import.Summary.Failures)
                {
                    var i = paths[failed.File];
                    var name = DisplayName(options.Files[i].Name, i);
                    // The reason names the temporary path; the user knows the file by the name they sent.
                    results[i] = new UploadedFileResult(name, UploadOutcome.Unreadable, failed.Reason.Replace(failed.File, name, StringComparison.Ordinal), null);
                }
            }

            return new UploadResult
            {
                Files = [.. results.Select((r, i) => r ?? new UploadedFileResult(DisplayName(options.Files[i].Name, i), UploadOutcome.Unreadable, "上传已取消，文件未导入。", null))],
            };
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? Refusal(UploadedFile file, long maxBytes) =>
        file.Length == 0 ? "文件是空的（0 字节），没有可读取的内容。"
        : file.Length > maxBytes ? $"文件大小 {Megabytes(file.Length)} MB，超过了单个文件 {Megabytes(maxBytes)} MB 的上限。"
        : null;

    private static UploadedFileResult Stored(string name, ImportedFile file)
    {
        var what = file.Outcome switch
        {
            SaveOutcome.Added => "已入库",
            SaveOutcome.NewVersion => $"已入库（第 {file.Version} 版）",
            SaveOutcome.AlreadyImported or SaveOutcome.SameContent => "此前已导入，内容相同",
            SaveOutcome.EarlierVersion or SaveOutcome.OlderVersion => $"已作为较早版本（第 {file.Version} 版）入库",
            _ => "已入库",
        };
        var who = $"{file.Agency ?? "（未识别机关）"}{(file.Year is { } y ? $" {y.ToString(CultureInfo.InvariantCulture)} 年度" : "")}";
        var problems = file.Errors > 0 ? $"，有 {file.Errors} 个错误、{file.Warnings} 个警告" : file.Warnings > 0 ? $"，有 {file.Warnings} 个警告" : "";
        var link = file.Linked ? "" : "；未匹配到名录中的单位，待确认";
        return new UploadedFileResult(name, file.Errors > 0 ? UploadOutcome.StoredWithErrors : UploadOutcome.Stored, $"{what}：{who}{problems}{link}。", file.ReportId);
    }

    // The client's name without any folder, and without characters a file name cannot hold.
    private static string DisplayName(string name, int index)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string([.. bare.Where(c => !char.IsControl(c) && c != '/' && c != '\0')]).Trim();
        return clean is { Length: > 0 } and not "." and not ".." ? clean[..Math.Min(clean.Length, 120)] : $"文件{index + 1}";
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
