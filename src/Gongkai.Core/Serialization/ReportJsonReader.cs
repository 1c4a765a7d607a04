using System.Globalization;
using System.Text.Json;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Serialization;

/// <summary>Reads the canonical JSON <c>gongkai/annual-report@1</c> (truth files, API payloads, our own output).</summary>
public static class ReportJsonReader
{
    /// <summary>Reads a report from JSON text.</summary>
    /// <exception cref="ReportJsonException">The text is not JSON or not a report.</exception>
    public static AnnualReport Read(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
            return Read(document.RootElement, file);
        }
        catch (JsonException ex)
        {
            // System.Text.Json's text is English: the position is said in Chinese, the text kept as the inner exception.
            var where = ex.LineNumber is { } line ? $"（第 {line + 1} 行第 {(ex.BytePositionInLine ?? 0) + 1} 个字节附近）" : "";
            throw new ReportJsonException($"JSON 格式错误{where}。", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new ReportJsonException($"JSON 结构不符合 {AnnualReport.Schema}：某个键的值类型不对（如应为数字、字符串或对象）。", ex);
        }
        catch (FormatException ex)
        {
            throw new ReportJsonException("JSON 中的值格式错误（如日期应为 yyyy-MM-dd）。", ex);
        }
    }

    private static AnnualReport Read(JsonElement root, string? file)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ReportJsonException("JSON 顶层不是对象。");
        }

        if (root.TryGetProperty("schema", out var schema) && schema.GetString() != AnnualReport.Schema)
        {
            throw new ReportJsonException($"schema 不是 {AnnualReport.Schema}：{schema}");
        }

        TemplateVersion? template = TemplateVersionExtensions.TryParse(OptionalString(root, "template"), out var version) ? version : null;
        var published = OptionalString(root, "publishedOn");
        var provenance = ReportJsonDetailsReader.Provenance(root, file);
        var inferences = ReportJsonDetailsReader.Inferences(root);
        return new AnnualReport
        {
            Agency = OptionalString(root, "agency"),
            Year = root.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null,
            Template = template,
            PublishedOn = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Pre2019Format = ReportJsonPortal.ReadPre2019Format(root),
            Portal = ReportJsonPortal.ReadPortal(root),
            Proactive = WithInferences(ReadKeyedTable(root, "proactive", TableKind.Proactive, provenance, file), inferences),
            Requests = WithInferences(ReadRequests(root, provenance, file), inferences),
            Appeals = WithInferences(ReadKeyedTable(root, "appeals", TableKind.Appeals, provenance, file), inferences),
            Sections = ReportJsonDetailsReader.ReadSections(root, file),
            Narrative = ReportJsonDetailsReader.ReadNarrative(root, file),
            Input = ReportJsonDetailsReader.ReadInput(root),
            MetadataSources = MetadataField.All.Where(provenance.ContainsKey).ToDictionary(field => field, field => provenance[field], StringComparer.Ordinal),
        };
    }

    // A stored report keeps how its inferred and ambiguous cells were obtained (the optional inferred/ambiguous keys).
    private static ReportTable? WithInferences(ReportTable? table, IReadOnlyDictionary<string, CellInference> inferences)
    {
        if (table is null || inferences.Count == 0)
        {
            return table;
        }

        return table with
        {
            Rows = [.. table.Rows.Select(row => row with
            {
                Cells = [.. row.Cells.Select(cell => inferences.TryGetValue(new Diagnostics.CellRef(table.Kind, row.Key, cell.Column).Path, out var inference)
                    ? cell with { Inference = inference }
                    : cell)],
            })],
        };
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ReportTable? ReadKeyedTable(JsonElement root, string name, TableKind kind, IReadOnlyDictionary<string, SourceRef> provenance, string? file)
    {
        if (!root.TryGetProperty(name, out var table) || table.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var rows = new List<TableRow>();
        var incomplete = false;
        foreach (var row in table.EnumerateObject())
        {
            if (row.Name == "incomplete")
            {
                incomplete = row.Value.ValueKind == JsonValueKind.True;
                continue;
            }

            var cells = new List<Cell>();
            foreach (var cell in row.Value.EnumerateObject())
            {
                var source = SourceFor(provenance, $"{name}.{row.Name}.{cell.Name}");
                cells.Add(ReadCell(cell.Value, cell.Name, TemplateLabels.ColumnKind(kind, cell.Name), source));
            }

            rows.Add(new TableRow { Key = row.Name, Cells = cells });
        }

        return new ReportTable { Kind = kind, Rows = rows, Incomplete = incomplete };
    }

    private static ReportTable? ReadRequests(JsonElement root, IReadOnlyDictionary<string, SourceRef> provenance, string? file)
    {
        if (!root.TryGetProperty("requests", out var table) || table.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var columns = RequestsTemplate.Columns.Select(c => c.Key).ToList();
        if (table.TryGetProperty("columns", out var printed))
        {
            columns = printed.EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        }

        var rows = new List<TableRow>();
        foreach (var row in table.GetProperty("rows").EnumerateObject())
        {
            var cells = new List<Cell>();
            var index = 0;
            foreach (var value in row.Value.EnumerateArray())
            {
                if (index >= columns.Count)
                {
                    throw new ReportJsonException($"表三「{row.Name}」行的值多于列数。");
                }

                var column = columns[index++];
                cells.Add(ReadCell(value, column, CellKind.Count, SourceFor(provenance, $"requests.{row.Name}.{column}")));
            }

            rows.Add(new TableRow { Key = row.Name, Cells = cells });
        }

        var incomplete = table.TryGetProperty("incomplete", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new ReportTable { Kind = TableKind.Requests, Rows = rows, Incomplete = incomplete };
    }

    private static Cell ReadCell(JsonElement value, string column, CellKind kind, SourceRef source) => value.ValueKind switch
    {
        JsonValueKind.Null => Cell.Blank(column, kind, source: source),
        JsonValueKind.Number => Cell.Number(column, kind, value.GetDecimal(), value.GetRawText(), source),
        _ => throw new ReportJsonException($"单元格「{column}」的值必须是数字或 null，实为：{value.GetRawText()}"),
    };

    private static SourceRef SourceFor(IReadOnlyDictionary<string, SourceRef> provenance, string path) =>
        provenance.TryGetValue(path, out var source) ? source : default;
}
