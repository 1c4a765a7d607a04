using System.Globalization;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;
using Gongkai.Reporting.Layout;

namespace Gongkai.Reporting;

/// <summary>
/// The content of a report in the order the standard format prints it — title, opening paragraph, the six
/// sections with their text and tables, the signature — shared by every writer.
/// </summary>
public sealed record ReportDocument(string Title, string Opening, IReadOnlyList<ReportDocument.Part> Parts, string Signature, string? Date)
{
    /// <summary>
    /// The title as printed on its lines: the issuing body on the first, the rest on the second, which keeps each
    /// line whole in meaning as GB/T 9704 §7.3.1 asks of a title too long for one line (二号 holds about 20 characters);
    /// a title that already has line breaks keeps its own lines.
    /// </summary>
    public IReadOnlyList<string> TitleLines =>
        Title.Contains('\n', StringComparison.Ordinal) ? Title.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        : Signature.Length > 0 && Title.Length > Signature.Length && Title.StartsWith(Signature, StringComparison.Ordinal) ? [Signature, Title[Signature.Length..]] : [Title];

    /// <summary>A section: its heading, its paragraphs and the table printed after them, if any.</summary>
    public sealed record Part(string Heading, IReadOnlyList<string> Paragraphs, LaidOutTable? Table);

    /// <summary>The printed content of <paramref name="report"/>.</summary>
    public static ReportDocument From(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var agency = report.Agency ?? "（机关名称）";
        var year = report.Year?.ToString(CultureInfo.InvariantCulture) ?? "（年度）";
        var template = report.Template ?? (report.Year is { } y ? TemplateVersionExtensions.RequiredFor(y) : TemplateVersion.V2021);
        var opening = $"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。";
        var parts = new List<Part>();
        foreach (var kind in SectionKindExtensions.All)
        {
            var section = report.Section(kind);
            var paragraphs = (section?.Text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            LaidOutTable? table = kind switch
            {
                SectionKind.Proactive when report.Proactive is not null => OfficialTableLayout.Proactive(report.Proactive, template),
                SectionKind.Requests when report.Requests is not null => OfficialTableLayout.Requests(report.Requests, TemplateCompleteness.RequestsLayout(report.Requests, template)),
                SectionKind.Appeals when report.Appeals is not null => OfficialTableLayout.Appeals(report.Appeals),
                _ => null,
            };
            if (section is null && table is null)
            {
                continue;
            }

            parts.Add(new Part(section?.Heading ?? kind.ToHeading(), paragraphs, table));
        }

        var date = report.PublishedOn?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        return new ReportDocument($"{agency}{year}年政府信息公开工作年度报告", opening, parts, agency, date);
    }
}
