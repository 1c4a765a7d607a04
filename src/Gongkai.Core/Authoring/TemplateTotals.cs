using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Authoring;

/// <summary>A cell the format defines as the sum of others, with the rule in words (Chinese, for the user).</summary>
public sealed record TotalDefinition(CellRef Total, IReadOnlyList<CellRef> Parts, string Rule);

/// <summary>
/// The totals each edition's tables define: table 三's (七) 总计 row (the sum of outcomes (一)–(六)) and 总计
/// column (the sum of the six applicant columns, row (七) included), and table 四's 总计 of each group (GK0301–GK0303,
/// GK0401 check them). In order: a total comes after the totals it is made of.
/// </summary>
public static class TemplateTotals
{
    /// <summary>The totals of <paramref name="version"/>'s tables.</summary>
    public static IReadOnlyList<TotalDefinition> For(TemplateVersion version)
    {
        var totals = new List<TotalDefinition>();
        var outcomes = RequestsTemplate.OutcomeRows(version).Select(o => o.Key).ToList();
        foreach (var column in RequestsTemplate.ApplicantColumns)
        {
            totals.Add(new TotalDefinition(
                new CellRef(TableKind.Requests, RequestsTemplate.Total, column),
                [.. outcomes.Select(o => new CellRef(TableKind.Requests, o, column))],
                "（一）至（六）各项之和"));
        }

        foreach (var row in RequestsTemplate.For(version).Rows)
        {
            totals.Add(new TotalDefinition(
                new CellRef(TableKind.Requests, row.Key, RequestsTemplate.TotalColumn),
                [.. RequestsTemplate.ApplicantColumns.Select(c => new CellRef(TableKind.Requests, row.Key, c))],
                "六类申请人之和"));
        }

        foreach (var group in AppealsTemplate.Table.Rows)
        {
            totals.Add(new TotalDefinition(
                new CellRef(TableKind.Appeals, group.Key, AppealsTemplate.Total),
                [.. AppealsTemplate.Parts.Select(p => new CellRef(TableKind.Appeals, group.Key, p))],
                "四项结果之和"));
        }

        return totals;
    }
}
