using System.Diagnostics;

namespace Gongkai.Fixtures;

/// <summary>Runs LibreOffice headless (Debian's soffice) with a private profile and a time limit.</summary>
internal static class Soffice
{
    public static void Convert(string input, string filter, string outputDirectory, string? inputFilter = null)
    {
        var profile = Directory.CreateTempSubdirectory("gongkai-soffice-").FullName;
        try
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            string[] infilter = inputFilter is null ? [] : [$"--infilter={inputFilter}"];
            string[] arguments = [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", .. infilter, "--convert-to", filter, "--outdir", outputDirectory, input];
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice timed out on {input}");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice failed on {input}: {process.StandardError.ReadToEnd()}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
