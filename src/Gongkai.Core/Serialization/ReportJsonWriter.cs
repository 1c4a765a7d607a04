using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;
using Gongkai.Core.Templates;

namespace Gongkai.Core.Serialization;

/// <summary>Writes a report as the canonical JSON <c>gongkai/annual-report@1</c> (docs/report-json.md).</summary>
public static class ReportJsonWriter
{
    /// <summary>The report as a JSON string.</summary>
    public static string Write(AnnualReport report, IReadOnlyList<Diagnostic>? findings = null, ReportJsonOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, report, findings, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the report to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="findings">The validator's findings, written with the reading diagnostics when details are included.</param>
    /// <param name="options">What to include; <see cref="ReportJsonOptions.Default"/> when null.</param>
    public static void Write(Stream stream, AnnualReport report, IReadOnlyList<Diagnostic>? findings = null, ReportJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportJsonOptions.Default;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("schema", AnnualReport.Schema);
        WriteNullableString(json, "agency", report.Agency);
        if (report.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        WriteNullableString(json, "template", report.Template?.ToJsonValue());
        WriteNullableString(json, "publishedOn", report.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        ReportJsonPortal.Write(json, report);
        WriteKeyedTable(json, "proactive", report.Proactive);
        WriteRequests(json, report.Requests);
        WriteKeyedTable(json, "appeals", report.Appeals);
        if (options.IncludeDetails)
        {
            ReportJsonDetailsWriter.Write(json, report, findings ?? []);
        }
        else if (options.IncludeSections)
        {
            ReportJsonDetailsWriter.WriteSections(json, report.Sections);
        }

        json.WriteEndObject();
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    // 表二 and 表四: { row: { column: value } }.
    private static void WriteKeyedTable(Utf8JsonWriter json, string name, ReportTable? table)
    {
        if (table is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        foreach (var row in table.Rows)
        {
            json.WriteStartObject(row.Key);
            foreach (var cell in row.Cells)
            {
                json.WritePropertyName(cell.Column);
                WriteValue(json, cell);
            }

            json.WriteEndObject();
        }

        if (table.Incomplete)
        {
            json.WriteBoolean("incomplete", true);
        }

        json.WriteEndObject();
    }

    // 表三: { columns: [...], rows: { row: [7 values] } }.
    private static void WriteRequests(Utf8JsonWriter json, ReportTable? table)
    {
        if (table is null)
        {
            json.WriteNull("requests");
            return;
        }

        json.WriteStartObject("requests");
        json.WriteStartArray("columns");
        foreach (var column in RequestsTemplate.Columns)
        {
            json.WriteStringValue(column.Key);
        }

        json.WriteEndArray();
        json.WriteStartObject("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray(row.Key);
            foreach (var column in RequestsTemplate.Columns)
            {
                var cell = row[column.Key];
                if (cell is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    WriteValue(json, cell);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        if (table.Incomplete)
        {
            json.WriteBoolean("incomplete", true);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Cell cell)
    {
        if (cell.Value is not { } value)
        {
            json.WriteNullValue();
        }
        else if (JsonNumbers.IsWhole(value))
        {
            json.WriteNumberValue((long)value);
        }
        else
        {
            json.WriteNumberValue(JsonNumbers.Normalize(value));
        }
    }
}
