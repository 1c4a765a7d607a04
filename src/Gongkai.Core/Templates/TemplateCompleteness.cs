using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>Which template rows a printed table lacks.</summary>
public static class TemplateCompleteness
{
    /// <summary>
    /// The edition table 三's （六） rows follow: one 其他处理 row (2019) or three sub-rows (2021); when the table
    /// prints neither, <paramref name="fallback"/>.
    /// </summary>
    public static TemplateVersion RequestsLayout(ReportTable requests, TemplateVersion fallback)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests[RequestsTemplate.OtherHandling] is not null)
        {
            return TemplateVersion.V2019;
        }

        return requests.Rows.Any(r => RequestsTemplate.IsOtherSubRow(r.Key)) ? TemplateVersion.V2021 : fallback;
    }

    /// <summary>The spec <paramref name="table"/> is checked against: its own （六） layout for table 三.</summary>
    public static TableSpec SpecFor(ReportTable table, TemplateVersion template)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Kind switch
        {
            TableKind.Requests => RequestsTemplate.For(RequestsLayout(table, template)),
            TableKind.Proactive => ProactiveTemplate.For(template),
            _ => AppealsTemplate.Table,
        };
    }

    /// <summary>The template rows that <paramref name="table"/> does not print.</summary>
    public static IReadOnlyList<RowSpec> MissingRows(ReportTable table, TemplateVersion template)
    {
        var missing = new List<RowSpec>();
        foreach (var spec in SpecFor(table, template).Rows)
        {
            if (table[spec.Key] is null)
            {
                missing.Add(spec);
            }
        }

        return missing;
    }

    /// <summary>Whether <see cref="MissingRows"/> has any row, without building the list (every parsed table asks).</summary>
    public static bool HasMissingRows(ReportTable table, TemplateVersion template)
    {
        foreach (var spec in SpecFor(table, template).Rows)
        {
            if (table[spec.Key] is null)
            {
                return true;
            }
        }

        return false;
    }
}
