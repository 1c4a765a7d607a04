namespace Gongkai.PdfCorpus;

/// <summary>The page classes of issue #13: what a page holds besides the report's own layout.</summary>
public static class PageClasses
{
    /// <summary>The report as our writers lay it out, nothing else.</summary>
    public const string Article = "article";

    /// <summary>A portal's chrome around the article: navigation, breadcrumbs, publication line, share links, footer.</summary>
    public const string Portal = "portal";

    /// <summary>A page break forced inside table 三, its header rows repeated on the next page.</summary>
    public const string SplitRepeatedHeader = "split-thead";

    /// <summary>A page break forced inside table 三, its header not repeated.</summary>
    public const string SplitNoHeader = "split-nothead";

    /// <summary>The title broken over two lines inside its phrase (the year ends the first line).</summary>
    public const string TitleTwoLines = "title-two-lines";

    /// <summary>Kangxi radicals and full-width digits in place of ideographs and digits in the title, headings and labels.</summary>
    public const string Kangxi = "kangxi";

    /// <summary>Tables at 60% of the type area: header texts wrap inside narrow cells.</summary>
    public const string NarrowColumns = "narrow-columns";

    /// <summary>A real report's text page: each line a paragraph (HTML p, or a Word paragraph), no table markup.</summary>
    public const string PlainText = "plain-text";

    /// <summary>The classes printed from a rendered report, for a producer.</summary>
    public static IReadOnlyList<string> ForReports(string producer) => Producers.PrintsDocx(producer)
        ? [Article, SplitRepeatedHeader, SplitNoHeader, TitleTwoLines, Kangxi, NarrowColumns]
        : [Article, Portal, SplitRepeatedHeader, SplitNoHeader, TitleTwoLines, Kangxi, NarrowColumns];
}
