namespace Gongkai.Testing;

/// <summary>
/// A test that prints a page to PDF with Debian's chromium (<see cref="Chromium"/>): skipped with the reason on a
/// machine without it, but run by the README's test command (<c>./run-tests</c>, also what CI runs), which installs
/// it, so a failed install fails the test instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrintToPdfFactAttribute : FactAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestTools.Required || Chromium.Executable is not null ? null : "chromium is not installed (Debian package chromium)");
        set => base.Skip = value;
    }
}
