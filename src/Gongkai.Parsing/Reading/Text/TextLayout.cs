namespace Gongkai.Parsing.Reading.Text;

/// <summary>The layouts in which report text reaches us.</summary>
public enum TextLayout
{
    /// <summary>Text extracted from DOCX: each table cell on a line beginning with a tab, rows separated by blank lines.</summary>
    DocxText,

    /// <summary>Text extracted from PDF: a table row per line, cells separated by tabs or runs of spaces.</summary>
    PdfText,

    /// <summary>Markdown-like text: <c>#</c> headings, tables as pipe- or tab-separated rows.</summary>
    Markdown,
}
