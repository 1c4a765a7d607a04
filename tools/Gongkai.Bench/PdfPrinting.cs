using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>
/// Real-like PDFs: rendered DOCX printed by LibreOffice (<c>soffice --headless --convert-to pdf</c>, with a private
/// profile as tools/Gongkai.Fixtures/Soffice.cs runs it), all in one soffice process, then copied up to the row's count
/// (parsing copies costs the same as parsing distinct files, so copies are fine here; import would skip them).
/// </summary>
internal static class PdfPrinting
{
    /// <summary>Prints <paramref name="docx"/> into <paramref name="folder"/> as <paramref name="count"/> files; returns a Chinese message when it cannot.</summary>
    public static string? Print(IReadOnlyList<string> docx, string folder, int count, TextWriter log)
    {
        if (FindOnPath("soffice") is null)
        {
            return "未找到 LibreOffice（soffice），跳过 PDF 行：请安装 Debian 软件包 libreoffice-writer-nogui。";
        }

        var printed = Path.Combine(folder + "-printed");
        var profile = Directory.CreateTempSubdirectory("gongkai-bench-soffice-").FullName;
        var watch = Stopwatch.StartNew();
        try
        {
            Directory.CreateDirectory(printed);
            var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])[$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", printed, .. docx])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return "LibreOffice 转换 PDF 超时（10 分钟），跳过 PDF 行。";
            }

            var pdfs = Directory.GetFiles(printed, "*.pdf").Order(StringComparer.Ordinal).ToList();
            if (process.ExitCode != 0 || pdfs.Count == 0)
            {
                return $"LibreOffice 未能转换 PDF（退出码 {process.ExitCode}）：{error.Result.Trim()}；跳过 PDF 行。";
            }

            Directory.CreateDirectory(folder);
            for (var i = 0; i < count; i++)
            {
                File.Copy(pdfs[i % pdfs.Count], Path.Combine(folder, $"{i:D6}-{Path.GetFileName(pdfs[i % pdfs.Count])}"));
            }

            log.WriteLine($"已用 LibreOffice 转换 {pdfs.Count} 份不同的 PDF，复制为 {count} 个文件，用时 {watch.Elapsed.TotalSeconds:F0} 秒。");
            return null;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
            if (Directory.Exists(printed))
            {
                Directory.Delete(printed, recursive: true);
            }
        }
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
