using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Documents;
using Gongkai.Parsing.Recognition;
using Gongkai.Parsing.Tables;
using Gongkai.Parsing.Tables.Appeals;
using Gongkai.Parsing.Tables.Proactive;
using Gongkai.Parsing.Tables.Requests;

namespace Gongkai.Parsing.Pipeline;

/// <summary>
/// The format-neutral half of parsing: a <see cref="SourceDocument"/> in, an <see cref="AnnualReport"/> out.
/// Sections, metadata, the three tables, the edition and the narrative figures are recognised from the document's
/// rows in reading order.
/// </summary>
internal static class ReportRecognizer
{
    /// <remarks>
    /// <paramref name="cancellation"/> is checked between the stages, each of which is bounded by the size of the
    /// document: a read whose time budget is spent stops at the next stage.
    /// </remarks>
    public static AnnualReport Recognize(SourceDocument document, CancellationToken cancellation = default)
    {
        // Every reader's text in standard characters (⾏ → 行), once, before anything matches it; raw keeps the file's.
        document = DocumentFolding.Fold(document);

        // A body run together on one line is cut back into paragraphs before sections are looked for.
        document = RunTogetherText.Split(document);
        var rows = DocumentRow.Flatten(document);
        cancellation.ThrowIfCancellationRequested();
        var headings = SectionRecognizer.Recognize(rows);
        cancellation.ThrowIfCancellationRequested();
        var metadata = MetadataRecognizer.Recognize(rows, headings, document.Portal);
        if (metadata.Year is >= Pre2019Format.FirstYear and < Pre2019Format.FirstYearOfLaterFormats)
        {
            // A report of 2008–2018: its sections are looked for again with the old formats' headings too, and the
            // title and signature read again between them.
            headings = SectionRecognizer.Recognize(rows, before2019: true);
            metadata = MetadataRecognizer.Recognize(rows, headings, document.Portal);
        }
        cancellation.ThrowIfCancellationRequested();
        var printedZones = TableZones.Split(rows, headings);
        var zones = printedZones.ToDictionary(z => z.Key, z => ParagraphRowJoiner.Join(DetachedLabels.Pair(z.Value)));
        var diagnostics = new List<Diagnostic>(document.Diagnostics);

        cancellation.ThrowIfCancellationRequested();
        var requests = RequestsTableMapper.Map(zones[TableKind.Requests], document.RepeatsDropped);
        cancellation.ThrowIfCancellationRequested();
        var template = TemplateDetector.Detect(zones[TableKind.Proactive], requests.Table);
        var proactive = ProactiveTableMapper.Map(zones[TableKind.Proactive], template ?? Fallback(metadata.Year), document.RepeatsDropped);
        cancellation.ThrowIfCancellationRequested();
        var appeals = AppealsTableMapper.Map(zones[TableKind.Appeals], document.RepeatsDropped);
        cancellation.ThrowIfCancellationRequested();
        var pre2019 = Pre2019Recognizer.IsPre2019(metadata.Year, rows, headings);
        if (pre2019)
        {
            // The old 统计表 is not the 2019/2021 tables: nothing of it is mapped onto them, and the mappers' notes on
            // rows they could not place would only describe that.
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.Pre2019Format, Severity.Warning,
                $"本报告为 {metadata.Year} 年度，采用 2019 年以前的年度报告格式，其表格不是 2019/2021 年版格式的表二至表四，未作对应读取；已读取标题、年度、机关、各章节原文和正文所述数字。",
                headings.Count > 0 ? headings[0].Source : default));
        }
        else
        {
            diagnostics.AddRange(proactive.Diagnostics);
            diagnostics.AddRange(requests.Diagnostics);
            diagnostics.AddRange(appeals.Diagnostics);
            diagnostics.AddRange(ImageTables(zones, proactive.Table, requests.Table, appeals.Table));
            diagnostics.AddRange(ImplausibleValues.Find(proactive.Table, requests.Table, appeals.Table));
        }

        var completeness = template ?? Fallback(metadata.Year);
        var tables = new Dictionary<TableKind, ReportTable?>
        {
            [TableKind.Proactive] = pre2019 ? null : MarkIncomplete(proactive.Table, completeness),
            [TableKind.Requests] = pre2019 ? null : MarkIncomplete(requests.Table, completeness),
            [TableKind.Appeals] = pre2019 ? null : MarkIncomplete(appeals.Table, completeness),
        };
        if (!pre2019 && PartialReport.Describe(rows, headings, metadata, printedZones, tables) is { } partial)
        {
            diagnostics.Add(partial);
        }

        return new AnnualReport
        {
            Agency = metadata.Agency,
            Year = metadata.Year,
            Template = pre2019 ? null : template,
            PublishedOn = metadata.PublishedOn,
            Pre2019Format = pre2019,
            Portal = document.Portal,
            Proactive = tables[TableKind.Proactive],
            Requests = tables[TableKind.Requests],
            Appeals = tables[TableKind.Appeals],
            Sections = SectionTexts.Collect(rows, headings, metadata.SignatureRows),
            Narrative = NarrativeFigureExtractor.Extract(rows, headings),
            MetadataSources = metadata.Sources,
            Input = new ReportInput { File = document.File, Format = document.Format, Encoding = document.Encoding, Sha256 = document.Sha256 },
            ReadingDiagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Whether anything of a report was found: a table, the heading of a table's section (a fragment holding only
    /// that part), two section headings, or a title naming the year with a section heading.
    /// </summary>
    public static bool LooksLikeReport(AnnualReport report) =>
        report.Proactive is not null || report.Requests is not null || report.Appeals is not null ||
        report.Sections.Any(s => s.Kind is SectionKind.Proactive or SectionKind.Requests or SectionKind.Appeals) ||
        report.Sections.Count >= 2 || report.Year is not null && report.Sections.Count >= 1;

    // A table that is missing where its section holds a picture was published as an image (needs OCR).
    private static IEnumerable<Diagnostic> ImageTables(Dictionary<TableKind, List<DocumentRow>> zones, params ReportTable?[] tables)
    {
        var kinds = new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals };
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = kinds[i];
            if (tables[i] is null && zones[kind].Find(r => r.Image is not null) is { } image)
            {
                yield return Diagnostic.Create(DiagnosticCodes.TableUnreadable, Severity.Warning,
                    $"{kind.ToDisplayName()}「{kind.ToTitle()}」以图片形式发布{Describe(image.Image!)}，需经 OCR 识别才能读取其中的数字。", image.Source, new CellRef(kind));
            }
        }
    }

    private static string Describe(SourceImage image) => string.IsNullOrWhiteSpace(image.Description) ? "" : $"（{image.Description.Trim()}）";

    private static TemplateVersion Fallback(int? year) => year is { } y ? TemplateVersionExtensions.RequiredFor(y) : TemplateVersion.V2021;

    private static ReportTable? MarkIncomplete(ReportTable? table, TemplateVersion template) =>
        table is null ? null : table with { Incomplete = TemplateCompleteness.HasMissingRows(table, template) };
}
