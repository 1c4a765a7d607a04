using System.Diagnostics;

namespace Gongkai.Testing;

/// <summary>
/// Runs poppler's command-line tools (Debian's <c>poppler-utils</c>) on a PDF, as a reader independent of the PDF
/// reader under test: <c>pdftotext</c> for the text a person would copy, <c>pdfinfo</c> for pages and page size.
/// </summary>
internal static class Poppler
{
    /// <summary>How long one run may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Whether <c>pdftotext</c> and <c>pdfinfo</c> are on the PATH.</summary>
    public static bool IsInstalled { get; } = Find("pdftotext") is not null && Find("pdfinfo") is not null;

    /// <summary>The text of <paramref name="pdf"/> (UTF-8, pages separated by form feeds), or of one page.</summary>
    public static string Text(string pdf, int? page = null) =>
        page is { } number ? Run("pdftotext", "-enc", "UTF-8", "-f", $"{number}", "-l", $"{number}", pdf, "-") : Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>Page <paramref name="page"/> of <paramref name="pdf"/> drawn as a grey PNG at <paramref name="dpi"/> (<c>pdftoppm</c>), as a scanner would picture it.</summary>
    public static byte[] Render(string pdf, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"gongkai-render-{Guid.NewGuid():N}");
        try
        {
            Run("pdftoppm", "-png", "-gray", "-singlefile", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", pdf, prefix);
            return File.ReadAllBytes(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }

    /// <summary>The <c>Key: value</c> lines of <c>pdfinfo</c>, e.g. <c>Pages</c> and <c>Page size</c>.</summary>
    public static IReadOnlyDictionary<string, string> Info(string pdf) =>
        Run("pdfinfo", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => line.Split(':', 2))
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);

    private static string Run(string tool, params string[] arguments)
    {
        var executable = Find(tool) ?? throw new InvalidOperationException($"{tool} (poppler-utils) is not installed.");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {Timeout.TotalSeconds} s.");
        }

        return process.ExitCode == 0 ? stdout.Result : throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {stderr.Result}");
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
}
