using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests.Support;

/// <summary>
/// A theory that prints with Debian's <c>chromium</c>: skipped with the reason on a machine without it, but run by
/// <c>./run-tests</c> (also what CI runs), which installs it, so a failed install fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestTools.Required || Chromium.Executable is not null ? null : "chromium is not installed (Debian package chromium)");
        set => base.Skip = value;
    }
}
