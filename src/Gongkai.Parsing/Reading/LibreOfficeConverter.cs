using System.Diagnostics;

namespace Gongkai.Parsing.Reading;

/// <summary>
/// One conversion by LibreOffice (<c>soffice --headless --convert-to</c>) with a private profile (so that it neither
/// waits for nor disturbs a LibreOffice the user has open) and a time limit; the legacy reader converts old Office
/// files with it, and the online filling-in converts DOCX to PDF.
/// </summary>
public static class LibreOfficeConverter
{
    /// <summary>Converts <paramref name="input"/> to <paramref name="target"/> (e.g. <c>docx:"MS Word 2007 XML"</c>, <c>pdf</c>) into <paramref name="outDirectory"/>.</summary>
    /// <returns><see langword="false"/> when the conversion ran past <paramref name="timeout"/> and was killed.</returns>
    /// <exception cref="InvalidOperationException">soffice could not be started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (the conversion is killed).</exception>
    public static bool Convert(string soffice, string input, string target, string outDirectory, TimeSpan timeout, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{Path.Combine(outDirectory, "profile")}", "--headless", "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outDirectory, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        process.StandardOutput.ReadToEndAsync(CancellationToken.None); // drained until the process ends or is killed
        process.StandardError.ReadToEndAsync(CancellationToken.None);
        // An abandoned read or request takes its converter with it.
        using var stop = cancellation.Register(() => Kill(process));
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            return false;
        }

        cancellation.ThrowIfCancellationRequested();
        return true;
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already exited.
        }
    }
}
