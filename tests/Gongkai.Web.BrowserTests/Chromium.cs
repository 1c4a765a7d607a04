namespace Gongkai.Web.BrowserTests;

/// <summary>Debian's chromium, which <c>./run-tests</c> installs (Debian package <c>chromium</c>).</summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(Executable);
}
