namespace Gongkai.Application.Drafting;

/// <summary>The files a draft is downloaded as.</summary>
public enum DraftFormat
{
    /// <summary>Word, the official layout (the writer of <c>gongkai render</c>).</summary>
    Docx,

    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>PDF, converted from the DOCX by LibreOffice when it is installed.</summary>
    Pdf,
}
