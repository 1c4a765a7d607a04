namespace Gongkai.PdfCorpus;

/// <summary>How a page draws its tables (issue #13, class 2: cell boundaries with and without lines).</summary>
public static class TableStyles
{
    /// <summary>Every cell bordered: HTML's <c>border="1"</c>, Word's single borders.</summary>
    public const string Ruled = "ruled";

    /// <summary>No rules at all.</summary>
    public const string Borderless = "borderless";

    /// <summary>A three-line table: rules above and below the table and under the header only.</summary>
    public const string ThreeLine = "three-line";

    /// <summary>Shaded cells, header darker, separated by white gaps instead of lines.</summary>
    public const string HeaderShaded = "header-shaded";

    /// <summary>Borders set by CSS on the cells only (Chromium paints them as thin filled rectangles).</summary>
    public const string CellCss = "td-css";

    /// <summary>A table pasted from Word: MsoNormalTable, per-cell <c>border:solid windowtext .5pt</c>, mso- styles, widths in pt.</summary>
    public const string WordPasted = "word-pasted";

    /// <summary>A text page: no table markup.</summary>
    public const string None = "none";

    /// <summary>
    /// The styles a producer's input can carry: a Word file has no CSS; LibreOffice 7.4's Writer/Web never finishes
    /// printing most pages with Word-pasted tables (docs/pdf-corpus.md), so it is not given them.
    /// </summary>
    public static IReadOnlyList<string> For(string producer) => producer switch
    {
        _ when Producers.PrintsDocx(producer) => [Ruled, Borderless, ThreeLine, HeaderShaded],
        Producers.LibreOfficeWriterWeb => [Ruled, Borderless, ThreeLine, HeaderShaded, CellCss],
        _ => [Ruled, Borderless, ThreeLine, HeaderShaded, CellCss, WordPasted],
    };
}
