namespace Gongkai.Parsing.Docx.Tests.Support;

/// <summary>Compact WordprocessingML for tests, with the usual prefixes bound (w, mc, wps, wp, a, v, r).</summary>
internal static class WordMarkup
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A paragraph of one run holding <paramref name="text"/>.</summary>
    public static string P(string text, string? style = null) =>
        (style is null ? "<w:p>" : $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") + $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A cell holding one paragraph, with optional cell properties (e.g. <c>&lt;w:gridSpan w:val="2"/&gt;</c>).</summary>
    public static string Tc(string text, string properties = "") =>
        (properties.Length > 0 ? $"<w:tc><w:tcPr>{properties}</w:tcPr>" : "<w:tc>") + P(text) + "</w:tc>";

    /// <summary>A row of simple cells.</summary>
    public static string Tr(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(c => Tc(c))) + "</w:tr>";

    /// <summary>A table of the given rows (already XML).</summary>
    public static string Tbl(params string[] rows) => "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>
    /// A floating text box the way Word 2010+ writes it: a DrawingML shape in <c>mc:Choice</c> and the same text again
    /// as a VML text box in <c>mc:Fallback</c>.
    /// </summary>
    public static string TextBoxRun(string text) => $"""
        <w:r><mc:AlternateContent>
          <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:txbx><w:txbxContent>{P(text)}</w:txbxContent></wps:txbx></wps:wsp>
          </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
          <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{P(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r>
        """;

    /// <summary>A whole word/document.xml with this body.</summary>
    public static string Document(string bodyXml) => $"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>";
}
