namespace Gongkai.Testing;

/// <summary>
/// A test that needs LibreOffice (and, with <see cref="Poppler"/>, poppler's tools): skipped (with the reason
/// shown) on a developer machine without them, but run by the README's test command (<c>./run-tests</c>, also what CI runs), which installs them, so
/// a failed install fails the test instead of hiding it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    /// <summary>Whether the test also reads PDFs with poppler's <c>pdftotext</c>/<c>pdfinfo</c>.</summary>
    public bool Poppler { get; set; }

    /// <summary>Whether the test opens a workbook, which needs LibreOffice Calc besides Writer.</summary>
    public bool Calc { get; set; }

    /// <inheritdoc />
    public override string? Skip
    {
        // Named arguments are set after the constructor: the reason is worked out when xunit asks for it.
        get => base.Skip ?? Missing();
        set => base.Skip = value;
    }

    private string? Missing()
    {
        if (TestTools.Required)
        {
            return null;
        }

        return LibreOffice.Executable is null ? "LibreOffice (soffice) is not installed"
            : Calc && !LibreOffice.HasCalc ? "LibreOffice Calc is not installed"
            : Poppler && !Testing.Poppler.IsInstalled ? "poppler-utils (pdftotext, pdfinfo) are not installed"
            : null;
    }
}
