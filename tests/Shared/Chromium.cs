using System.Diagnostics;

namespace Gongkai.Testing;

/// <summary>
/// Prints an HTML file to PDF with Debian's <c>chromium</c>, headless, as a person does with the browser's
/// "print to PDF": each run gets its own profile folder and is killed after a minute. The page size and margins
/// come from the page's own <c>@page</c> rule; without one Chromium uses US Letter.
/// </summary>
internal static class Chromium
{
    /// <summary>How long one print may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The <c>chromium</c> executable on the PATH, or null.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>
    /// Prints <paramref name="html"/> to <paramref name="pdf"/>; with <paramref name="headerFooter"/> the browser's
    /// print header and footer (date, title, URL, page x/y) are drawn around each page, as by default in the dialog.
    /// </summary>
    /// <exception cref="InvalidOperationException">Chromium is missing or failed.</exception>
    /// <exception cref="TimeoutException">The print took longer than <see cref="Timeout"/>.</exception>
    public static void PrintToPdf(string html, string pdf, bool headerFooter = false)
    {
        var executable = Executable ?? throw new InvalidOperationException("chromium is not installed.");
        var profile = Directory.CreateTempSubdirectory("gongkai-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            List<string> arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile}", $"--print-to-pdf={Path.GetFullPath(pdf)}"];
            if (!headerFooter)
            {
                arguments.Add("--no-pdf-header-footer");
            }

            arguments.Add(new Uri(Path.GetFullPath(html)).AbsoluteUri);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish printing {html} within {Timeout.TotalSeconds} s.");
            }

            if (process.ExitCode != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException($"chromium exited with {process.ExitCode} on {html}: {stdout.Result} {stderr.Result}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => new[] { Path.Combine(directory, "chromium"), Path.Combine(directory, "chromium-browser") })
            .FirstOrDefault(File.Exists);
}
