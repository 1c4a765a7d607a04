using Gongkai.Testing;

namespace Gongkai.Corpus.Tests;

/// <summary>
/// A theory that prints PDFs with chromium and LibreOffice Writer: skipped with the reason on a machine without them,
/// run (and failing if they are missing) under <c>./run-tests</c>, which installs them (<see cref="TestTools"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PdfProducersTheoryAttribute : TheoryAttribute
{
    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? (TestTools.Required ? null
            : Chromium.Executable is null ? "chromium is not installed (Debian package chromium)"
            : LibreOffice.Executable is null ? "LibreOffice (soffice) is not installed"
            : null);
        set => base.Skip = value;
    }
}
