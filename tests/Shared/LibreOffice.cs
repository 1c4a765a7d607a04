using System.Diagnostics;

namespace Gongkai.Testing;

/// <summary>
/// Runs LibreOffice headless on a file, as an independent reader of what our writers produce: each run gets its
/// own profile folder (parallel runs would otherwise fight over one) and is killed after two minutes.
/// </summary>
internal static class LibreOffice
{
    /// <summary>How long one conversion may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// LibreOffice ≥ 7.2's CSV export filter: comma, double quote, UTF-8 (76), text cells quoted (so a test can
    /// tell text from numbers), and sheet −1: every sheet to its own <c>&lt;file&gt;-&lt;sheet&gt;.csv</c>.
    /// </summary>
    public const string AllSheetsToCsv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1";

    /// <summary>The <c>soffice</c> executable on the PATH, or null.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Whether Calc is installed beside <see cref="Executable"/> (Debian packages Writer and Calc apart).</summary>
    public static bool HasCalc { get; } = Executable is not null &&
        Path.GetDirectoryName(new FileInfo(Executable).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Executable) is { } program &&
        (File.Exists(Path.Combine(program, "libsclo.so")) || !File.Exists(Path.Combine(program, "libmergedlo.so")));

    /// <summary>Every sheet of <paramref name="workbook"/> as CSV lines, by sheet name.</summary>
    public static IReadOnlyDictionary<string, string[]> SheetsAsCsv(string workbook)
    {
        var output = Directory.CreateTempSubdirectory("gongkai-lo-csv-").FullName;
        try
        {
            Convert(workbook, AllSheetsToCsv, output);
            var prefix = Path.GetFileNameWithoutExtension(workbook) + "-";
            return Directory.GetFiles(output, "*.csv").ToDictionary(
                file => Path.GetFileNameWithoutExtension(file)[prefix.Length..],
                file => File.ReadAllLines(file),
                StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// Runs <c>soffice --convert-to <paramref name="filter"/></c> on <paramref name="input"/> into <paramref name="outputDirectory"/>,
    /// within <paramref name="timeout"/> (default <see cref="Timeout"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">LibreOffice is missing or failed.</exception>
    /// <exception cref="TimeoutException">The conversion took longer than the time limit.</exception>
    public static void Convert(string input, string filter, string outputDirectory, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Timeout;
        var executable = Executable ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed.");
        var profile = Directory.CreateTempSubdirectory("gongkai-lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            string[] arguments = [$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outputDirectory, input];
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            // Drain both pipes while waiting: a full pipe would block soffice and look like a hang.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not finish converting {input} within {limit.TotalSeconds} s.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice exited with {process.ExitCode} on {input}: {stdout.Result} {stderr.Result}");
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
            .Select(directory => Path.Combine(directory, "soffice"))
            .FirstOrDefault(File.Exists);
}
