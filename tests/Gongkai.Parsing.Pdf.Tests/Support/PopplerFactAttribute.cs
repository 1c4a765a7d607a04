using Gongkai.Testing;

namespace Gongkai.Parsing.Pdf.Tests.Support;

/// <summary>
/// A test that needs poppler's tools (Debian's <c>poppler-utils</c>): skipped with the reason on a machine without
/// them, but run by <c>./run-tests</c> (also what CI runs), which installs them, so a failed install fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PopplerFactAttribute : FactAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestTools.Required || Poppler.IsInstalled ? null : "poppler-utils (pdftoppm) are not installed");
        set => base.Skip = value;
    }
}
