namespace Gongkai.Parsing.Reading.Text;

/// <summary>Names of <see cref="TextLayout"/>.</summary>
public static class TextLayoutExtensions
{
    /// <summary>The format name used in <c>input.format</c> and in eval, e.g. <c>docx-text</c>.</summary>
    public static string ToFormatName(this TextLayout layout) => layout switch
    {
        TextLayout.DocxText => "docx-text",
        TextLayout.PdfText => "pdf-text",
        _ => "markdown",
    };
}
