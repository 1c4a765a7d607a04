using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting;

namespace Gongkai.PdfCorpus;

/// <summary>The report's printed content as a page class changes it, shared by the HTML and Word pages.</summary>
public static class Documents
{
    /// <summary><paramref name="document"/> for <paramref name="pageClass"/>; <paramref name="disguise"/> applies the Kangxi class's code points.</summary>
    public static ReportDocument ForClass(ReportDocument document, string pageClass, bool disguise)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (pageClass == PageClasses.TitleTwoLines)
        {
            // Break after the year, inside the title's phrase, rather than after the issuing body as the writers do.
            var at = document.Title.IndexOf("年政府信息公开", StringComparison.Ordinal);
            var cut = at > 0 ? at + 1 : document.Title.Length / 2;
            document = document with { Title = document.Title[..cut] + "\n" + document.Title[cut..] };
        }

        return pageClass == PageClasses.Kangxi && disguise ? CodePoints.Disguise(document) : document;
    }

    /// <summary>The position of table 三 among the document's tables, or null when it has none.</summary>
    public static int? RequestsTableIndex(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = SectionTitles.For(SectionKind.Requests).Title;
        var tables = document.Parts.Where(p => p.Table is not null).ToList();
        var index = tables.FindIndex(p => p.Table!.Title == title);
        return index < 0 ? null : index;
    }
}
