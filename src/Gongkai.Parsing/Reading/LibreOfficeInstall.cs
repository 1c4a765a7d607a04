namespace Gongkai.Parsing.Reading;

/// <summary>
/// The LibreOffice installed on this machine: the <c>soffice</c> launcher on the PATH and which of its applications
/// are there. Distributions package Writer and Calc separately (Debian's <c>libreoffice-writer</c> and
/// <c>libreoffice-calc</c>), and <c>soffice</c> without Calc fails to convert a workbook without saying why, so a
/// legacy file is refused up front with the package it needs.
/// </summary>
/// <param name="Soffice">The LibreOffice executable, or null when it is not installed.</param>
/// <param name="HasWriter">Whether Writer (which converts <c>.doc</c> and <c>.wps</c>) is installed.</param>
/// <param name="HasCalc">Whether Calc (which converts <c>.xls</c>) is installed.</param>
public sealed record LibreOfficeInstall(string? Soffice, bool HasWriter, bool HasCalc)
{
    /// <summary>What is installed on this machine (looked up once).</summary>
    public static LibreOfficeInstall Detected { get; } = Detect();

    private static LibreOfficeInstall Detect()
    {
        var soffice = FindSoffice();
        return new(soffice, HasModule(soffice, "sw"), HasModule(soffice, "sc"));
    }

    // An application is installed when its module library is in soffice's program folder (libswlo.so, swlo.dll,
    // libswlo.dylib). Where the folder does not look like a LibreOffice program folder at all, nothing is assumed
    // missing: the conversion itself will tell.
    private static bool HasModule(string? soffice, string module)
    {
        if (soffice is null)
        {
            return false;
        }

        var program = ProgramFolder(soffice);
        if (program is null || !Directory.Exists(program))
        {
            return true;
        }

        string[] names = [$"lib{module}lo.so", $"{module}lo.dll", $"lib{module}lo.dylib"];
        string[] markers = ["libmergedlo.so", "mergedlo.dll", "libmergedlo.dylib"];
        if (!markers.Any(marker => File.Exists(Path.Combine(program, marker))))
        {
            return true;
        }

        return names.Any(name => File.Exists(Path.Combine(program, name)));
    }

    // /usr/bin/soffice is a link to /usr/lib/libreoffice/program/soffice: the libraries are beside the target.
    private static string? ProgramFolder(string soffice)
    {
        try
        {
            var target = new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice;
            return Path.GetDirectoryName(target);
        }
        catch (IOException)
        {
            return Path.GetDirectoryName(soffice);
        }
    }

    private static string? FindSoffice()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
