using Gongkai.Application.Checking;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Parsing.Reading;

namespace Gongkai.Eval;

/// <summary>
/// One report file of a corpus without truth, measured as issue #14 asks: read or refused; complete (tables 二, 三
/// and 四 present with every template row); balanced (the checker finds none of the statutory sums failing); and how
/// many of its cells were inferred from the layout or left blank between candidates. A report without table 三 or
/// 四 has no printed sums to balance, and is not counted as balanced.
/// </summary>
/// <param name="File">The report file.</param>
/// <param name="Source">The folder it came from (<see cref="CorpusIndex.SourceOf"/>).</param>
/// <param name="Format">The detected input format; for a refused file, 未读取 and the kind its first bytes show.</param>
/// <param name="TemplateYear">The template year it is counted under.</param>
/// <param name="Year">The report year: the parsed one, else the corpus index's; null when neither says.</param>
/// <param name="Failure">Why the file was refused (Chinese, naming the file), or null.</param>
/// <param name="Gaps">What makes it incomplete, in Chinese (缺少表四; 表三缺少 2 行：…); empty when complete.</param>
/// <param name="HasSumTables">Whether tables 三 and 四, the tables of the statutory sums, are both present.</param>
/// <param name="Imbalances">The failing sums (the checker's findings of <see cref="SumCodes"/>).</param>
/// <param name="Inferred">Cells whose value was inferred.</param>
/// <param name="Ambiguous">Cells left blank between several candidates.</param>
internal sealed record MeasuredReport(
    string File, string Source, string Format, TemplateYearClass TemplateYear, int? Year, string? Failure,
    IReadOnlyList<string> Gaps, bool HasSumTables, IReadOnlyList<Diagnostic> Imbalances, int Inferred, int Ambiguous)
{
    /// <summary>The checker's codes of the statutory sums: a report balances when none of them is found.</summary>
    public static readonly IReadOnlySet<string> SumCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.RequestsBalance, DiagnosticCodes.RequestsOutcomeTotal, DiagnosticCodes.RequestsRowTotal, DiagnosticCodes.AppealsGroupTotal,
    };

    private const int MaxRowsNamed = 3;

    /// <summary>Whether a report was read.</summary>
    public bool Read => Failure is null;

    /// <summary>Whether the report has all three tables with every template row.</summary>
    public bool Complete => Read && Gaps.Count == 0;

    /// <summary>Whether tables 三 and 四 are printed and satisfy every statutory sum the checker tests.</summary>
    public bool Balanced => Read && HasSumTables && Imbalances.Count == 0;

    /// <summary>Whether the report is complete and balanced, issue #14's target for the 2019/2021 formats.</summary>
    public bool CompleteAndBalanced => Complete && Balanced;

    /// <summary>
    /// Whether it counts toward the 2019/2021 target: every report not known to be on a year before 2019 (a refused
    /// file or one without a year counts, so that nothing escapes the target by being unreadable).
    /// </summary>
    public bool InTarget => TemplateYear != TemplateYearClass.BeforeV2019 && Year is not < Gongkai.Core.Templates.Pre2019Format.FirstYearOfLaterFormats;

    /// <summary>Measures <paramref name="checkedReport"/>; <paramref name="indexYear"/> is the corpus index's year for the file, when it gives one.</summary>
    public static MeasuredReport Of(string corpus, CheckedReport checkedReport, int? indexYear)
    {
        ArgumentNullException.ThrowIfNull(checkedReport);
        var source = CorpusIndex.SourceOf(corpus, checkedReport.File);
        if (!checkedReport.Succeeded)
        {
            return new MeasuredReport(checkedReport.File, source, $"未读取（{SniffedKind(checkedReport.File)}）", TemplateYearClass.NotRecognised, indexYear,
                checkedReport.Failure, [], false, [], 0, 0);
        }

        var report = checkedReport.Report;
        var cells = new[] { report.Proactive, report.Requests, report.Appeals }.OfType<ReportTable>().SelectMany(t => t.Rows).SelectMany(r => r.Cells).ToList();
        return new MeasuredReport(
            checkedReport.File, source, report.Input?.Format ?? "未知", TemplateYearClasses.Of(report), report.Year ?? indexYear, null,
            GapsOf(report), report.Requests is not null && report.Appeals is not null, [.. checkedReport.Findings.Where(f => SumCodes.Contains(f.Code))],
            cells.Count(c => c.Inference is { IsAmbiguous: false }), cells.Count(c => c.Inference is { IsAmbiguous: true }));
    }

    // The tables missing and, per table present, the template rows it lacks (against its own （六） layout for table 三).
    private static List<string> GapsOf(AnnualReport report)
    {
        var template = report.Template ?? (report.Year is { } year ? TemplateVersionExtensions.RequiredFor(year) : TemplateVersion.V2021);
        var gaps = new List<string>();
        foreach (var kind in new[] { TableKind.Proactive, TableKind.Requests, TableKind.Appeals })
        {
            if (report.Table(kind) is not { } table)
            {
                gaps.Add($"缺少{kind.ToDisplayName()}");
                continue;
            }

            var missing = TemplateCompleteness.MissingRows(table, template);
            if (missing.Count > 0)
            {
                var named = string.Join("、", missing.Take(MaxRowsNamed).Select(r => $"「{r.Label}」"));
                gaps.Add($"{kind.ToDisplayName()}缺少 {missing.Count} 行：{named}{(missing.Count > MaxRowsNamed ? " 等" : "")}");
            }
        }

        return gaps;
    }

    private static string SniffedKind(string file)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(file);
            var head = new byte[InputSniffer.HeadLength];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return InputSniffer.Sniff(head.AsSpan(0, length)).ToString().ToLowerInvariant();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "无法打开";
        }
    }
}
