using Gongkai.Testing;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// A test that needs Debian's chromium: skipped with the reason on a machine without it, but run by the README's test
/// command (<c>./run-tests</c>, also what CI runs), which installs it, so a failed install fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestTools.Required || Chromium.IsInstalled ? null : $"chromium is not installed ({Chromium.Executable}; Debian package chromium)");
        set => base.Skip = value;
    }
}
