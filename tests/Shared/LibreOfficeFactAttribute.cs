namespace Gongkai.Testing;

/// <summary>
/// A test that needs LibreOffice: skipped (with the reason shown) on a developer machine without it, but run on
/// the build server, where <c>.ci/run</c> installs it, so a failed install fails the test instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Executable is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "LibreOffice (soffice) is not installed";
        }
    }
}
