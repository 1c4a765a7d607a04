using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gongkai.Application.Cases.Tables;
using Gongkai.Core.Model;
using Gongkai.Core.Serialization;
using Gongkai.Store.Database;

namespace Gongkai.Cli.Formatting;

/// <summary>Prints tables 三 and 四 counted from the cases (as other tables are printed) and the comparison's findings.</summary>
internal static class CaseTablesFormatter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Text(TextWriter output, CaseTablesComparison comparison, bool compared)
    {
        var tables = comparison.Tables;
        var year = tables.Year.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{tables.Unit!.Name}（{tables.Unit.Code}）{year} 年度，按办理台账统计（{tables.Edition.ToDisplayName()}）");
        output.WriteLine();
        foreach (var table in new[] { tables.Requests!, tables.Appeals! })
        {
            var cells = table.Rows.SelectMany(row => row.Cells.Select(c => (Key: new CellKey(table.Kind.ToJsonKey(), row.Key, c.Column), c.Value))).ToList();
            CellTableFormatter.Write(output, cells, c => c.Key, ["件数"], c => [CellTableFormatter.Number(c.Value)]);
        }

        if (!compared)
        {
            return;
        }

        if (comparison.Note is { } note)
        {
            output.WriteLine(note);
            return;
        }

        var report = comparison.Report!;
        var published = report.IsPublished ? "已公开" : "未公开";
        output.WriteLine(comparison.Findings.Count == 0
            ? $"与数据库中的 {year} 年度报告（编号 {report.ReportId.ToString(CultureInfo.InvariantCulture)}，{published}）一致。"
            : $"与数据库中的 {year} 年度报告（编号 {report.ReportId.ToString(CultureInfo.InvariantCulture)}，{published}）有 {comparison.Findings.Count.ToString(CultureInfo.InvariantCulture)} 个单元格不一致：");
        foreach (var finding in comparison.Findings)
        {
            output.WriteLine("  " + finding.Message);
        }
    }

    /// <summary>
    /// <c>{"unit", "year", "edition", "tables": the canonical JSON of a report holding only tables 三 and 四, "comparison":
    /// {"reportId", "published", "findings": [{"table", "row", "column", "published", "computed", "cases", "message"}]}}</c>.
    /// </summary>
    public static string Json(CaseTablesComparison comparison, bool compared)
    {
        var tables = comparison.Tables;
        var report = new AnnualReport
        {
            Agency = tables.Unit!.Name, Year = tables.Year, Template = tables.Edition, Requests = tables.Requests, Appeals = tables.Appeals,
        };
        var root = new JsonObject
        {
            ["unit"] = tables.Unit.Code,
            ["year"] = tables.Year,
            ["edition"] = tables.Edition.ToJsonValue(),
            ["tables"] = JsonNode.Parse(ReportJsonWriter.Write(report, null, ReportJsonOptions.CanonicalOnly)),
        };
        if (compared)
        {
            root["comparison"] = new JsonObject
            {
                ["reportId"] = comparison.Report?.ReportId,
                ["published"] = comparison.Report?.IsPublished,
                ["note"] = comparison.Note,
                ["findings"] = new JsonArray([.. comparison.Findings.Select(f => (JsonNode)new JsonObject
                {
                    ["table"] = f.Table.ToJsonKey(),
                    ["row"] = f.Row.Value,
                    ["column"] = f.Column.Value,
                    ["published"] = f.Published,
                    ["computed"] = f.Computed,
                    ["cases"] = new JsonArray([.. f.CaseIds.Select(id => (JsonNode)comparison.Numbers.GetValueOrDefault(id, id))]),
                    ["message"] = f.Message,
                })]),
            };
        }

        return root.ToJsonString(Indented);
    }
}
