namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// The layout step that finds a page's tables and reads their cells. A new family of documents whose tables are
/// drawn differently (columns set apart by whitespace only, say) is a new strategy, not an edit to this one.
/// </summary>
public interface ITableStrategy
{
    /// <summary>
    /// The tables on the page with their cell texts, and the glyphs they did not take (read as lines and
    /// paragraphs). <paramref name="lines"/> is the pipeline's line builder, for reading the text of a cell.
    /// </summary>
    PageTables Find(PageContent page, ILineBuilder lines);
}
