namespace Gongkai.Cli.Formatting;

/// <summary>Says on stderr how many files the directory arguments held that were not read, and why; each one with <c>--verbose</c>.</summary>
internal static class SkippedFilesFormatter
{
    public static void Write(TextWriter error, IReadOnlyList<SkippedFile> skipped, bool verbose)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        var groups = skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key).Select(g => $"{g.Count()} 个{Describe(g.Key)}");
        error.WriteLine($"跳过 {skipped.Count} 个文件：{string.Join("、", groups)}。{(verbose ? "" : "加 --verbose 逐个列出。")}");
        if (!verbose)
        {
            return;
        }

        foreach (var file in skipped)
        {
            error.WriteLine($"  跳过 {file.Path}：{Describe(file.Reason).Trim()}");
        }
    }

    public static string Describe(SkipReason reason) => reason switch
    {
        SkipReason.CanonicalJson => " .json（规范 JSON，不是报告原文；render 可直接读取）",
        SkipReason.Csv => " .csv（单位名录或导出数据，不是报告）",
        SkipReason.Readme => " README（说明文件）",
        SkipReason.Hidden => "隐藏文件或目录",
        SkipReason.DirectoryLink => "目录链接（不跟随，以免循环）",
        SkipReason.Subfolder => "子目录（--no-recursive）",
        SkipReason.NotRegularFile => "非普通文件（管道、设备或失效的链接）",
        SkipReason.Unreadable => "无权读取的目录",
        SkipReason.Duplicate => "重复文件（同一文件经另一路径已列入）",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
