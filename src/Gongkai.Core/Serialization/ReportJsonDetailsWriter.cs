using System.Text.Json;
using Gongkai.Core.Diagnostics;
using Gongkai.Core.Model;

namespace Gongkai.Core.Serialization;

/// <summary>Writes the optional keys after the canonical ones: sections, narrative, input, diagnostics, provenance, boxes, inferred, ambiguous.</summary>
internal static class ReportJsonDetailsWriter
{
    // The three tables in the order their cells are written under provenance, boxes, inferred and ambiguous.
    private static readonly TableKind[] TableKinds = [TableKind.Proactive, TableKind.Requests, TableKind.Appeals];

    public static void Write(Utf8JsonWriter json, AnnualReport report, IReadOnlyList<Diagnostic> findings)
    {
        WriteSections(json, report.Sections);
        WriteNarrative(json, report.Narrative);
        WriteInput(json, report.Input);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.ReadingDiagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        foreach (var diagnostic in findings)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        WriteProvenance(json, report);
        WriteBoxes(json, report);
        WriteInferences(json, report);
    }

    // Cells a layout rule fixed (issue #14), by the same dotted paths as provenance: "inferred" holds each inferred
    // value's rule and reason, "ambiguous" each blank cell's rule, reason and candidate values. Written only when a
    // cell has one, so the JSON of a report read cell for cell is unchanged. Loops rather than LINQ: most reports
    // have no such cell, and the query's value-tuple instantiations were compiled at run time for each process.
    private static void WriteInferences(Utf8JsonWriter json, AnnualReport report)
    {
        foreach (var (name, ambiguous) in new[] { ("inferred", false), ("ambiguous", true) })
        {
            var started = false;
            foreach (var kind in TableKinds)
            {
                if (report.Table(kind) is not { } table)
                {
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    foreach (var cell in row.Cells)
                    {
                        if (cell.Inference is not { } inference || inference.IsAmbiguous != ambiguous)
                        {
                            continue;
                        }

                        if (!started)
                        {
                            json.WriteStartObject(name);
                            started = true;
                        }

                        WriteInference(json, new CellRef(kind, row.Key, cell.Column).Path, inference, ambiguous);
                    }
                }
            }

            if (started)
            {
                json.WriteEndObject();
            }
        }
    }

    private static void WriteInference(Utf8JsonWriter json, string path, CellInference inference, bool ambiguous)
    {
        json.WriteStartObject(path);
        json.WriteString("rule", inference.Rule);
        json.WriteString("reason", inference.Reason);
        if (ambiguous)
        {
            json.WriteStartArray("candidates");
            foreach (var candidate in inference.Candidates)
            {
                json.WriteNumberValue(candidate);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    public static void WriteSections(Utf8JsonWriter json, IReadOnlyList<ReportSection> sections)
    {
        json.WriteStartObject("sections");
        foreach (var section in sections)
        {
            json.WriteStartObject(section.Kind.ToJsonKey());
            json.WriteString("heading", section.Heading);
            json.WriteString("text", section.Text);
            WriteSource(json, section.Source);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteNarrative(Utf8JsonWriter json, IReadOnlyList<NarrativeFigure> figures)
    {
        json.WriteStartArray("narrative");
        foreach (var figure in figures)
        {
            json.WriteStartObject();
            json.WriteString("kind", figure.Kind.ToJsonValue());
            json.WriteNumber("value", figure.Value);
            json.WriteString("text", figure.Text);
            WriteSource(json, figure.Source);
            if (figure.Source.IsKnown && figure.Source.Box is { } box)
            {
                // Where the figure's paragraph is printed on its PDF page, as under "boxes".
                WriteBox(json, "box", box.Rounded());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteInput(Utf8JsonWriter json, ReportInput? input)
    {
        if (input is null)
        {
            return;
        }

        json.WriteStartObject("input");
        json.WriteString("file", input.File);
        json.WriteString("format", input.Format);
        if (input.Encoding is not null)
        {
            json.WriteString("encoding", input.Encoding);
        }

        if (input.Sha256 is not null)
        {
            json.WriteString("sha256", input.Sha256);
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity.ToJsonValue());
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Cells.Count > 0)
        {
            json.WriteStartArray("cells");
            foreach (var cell in diagnostic.Cells)
            {
                json.WriteStringValue(cell.Path);
            }

            json.WriteEndArray();
        }

        WriteSource(json, diagnostic.Source);
        json.WriteEndObject();
    }

    // Every value cell's source, keyed by its dotted path, e.g. "requests.newReceived.total": "L120:c8".
    private static void WriteProvenance(Utf8JsonWriter json, AnnualReport report)
    {
        json.WriteStartObject("provenance");
        Span<char> path = stackalloc char[128];
        Span<char> compact = stackalloc char[SourceRef.MaxCompactLength];
        foreach (var kind in TableKinds)
        {
            if (report.Table(kind) is not { } table)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (!cell.Source.IsKnown)
                    {
                        continue;
                    }

                    // The path and the source formatted on the stack: one pair per value cell (issue #16).
                    var value = compact[..cell.Source.FormatCompact(compact)];
                    if (TryCellPath(path, kind, row.Key, cell.Column, out var length))
                    {
                        json.WriteString(path[..length], value);
                    }
                    else
                    {
                        json.WriteString(new CellRef(kind, row.Key, cell.Column).Path, value);
                    }
                }
            }
        }

        // The agency, year and date under their own names.
        foreach (var field in MetadataField.All)
        {
            if (report.MetadataSources.TryGetValue(field, out var source) && source.IsKnown)
            {
                json.WriteString(field, source.ToCompactString());
            }
        }

        json.WriteEndObject();
    }

    // CellRef.Path's form (table.row.column) written into buffer, when it fits.
    private static bool TryCellPath(Span<char> buffer, TableKind kind, string row, string column, out int length)
    {
        var table = kind.ToJsonKey();
        length = table.Length + row.Length + column.Length + 2;
        if (length > buffer.Length)
        {
            return false;
        }

        table.CopyTo(buffer);
        var at = table.Length;
        buffer[at++] = '.';
        row.CopyTo(buffer[at..]);
        at += row.Length;
        buffer[at++] = '.';
        column.CopyTo(buffer[at..]);
        return true;
    }

    // Every PDF value cell's box on its page (the page is the provenance's), [x0, y0, x1, y1] in points, e.g.
    // "requests.newReceived.total": [402.5, 611.2, 431.9, 628.0]. Written only when a cell has one, so the JSON
    // of a report read from any other format is unchanged.
    private static void WriteBoxes(Utf8JsonWriter json, AnnualReport report)
    {
        // Loops rather than a query, as WriteInferences: only a PDF's cells have boxes.
        var started = false;
        foreach (var kind in TableKinds)
        {
            if (report.Table(kind) is not { } table)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell.Source.IsKnown && cell.Source.Box is { } box)
                    {
                        StartBoxes(json, ref started);
                        WriteBox(json, new CellRef(kind, row.Key, cell.Column).Path, box.Rounded());
                    }
                }
            }
        }

        foreach (var field in MetadataField.All)
        {
            if (report.MetadataSources.TryGetValue(field, out var source) && source.IsKnown && source.Box is { } box)
            {
                StartBoxes(json, ref started);
                WriteBox(json, field, box.Rounded());
            }
        }

        if (started)
        {
            json.WriteEndObject();
        }
    }

    private static void StartBoxes(Utf8JsonWriter json, ref bool started)
    {
        if (!started)
        {
            json.WriteStartObject("boxes");
            started = true;
        }
    }

    private static void WriteBox(Utf8JsonWriter json, string name, SourceBox box)
    {
        json.WriteStartArray(name);
        json.WriteNumberValue(box.X0);
        json.WriteNumberValue(box.Y0);
        json.WriteNumberValue(box.X1);
        json.WriteNumberValue(box.Y1);
        json.WriteEndArray();
    }

    private static void WriteSource(Utf8JsonWriter json, SourceRef source)
    {
        if (source.IsKnown)
        {
            json.WriteString("source", source.ToCompactString());
        }
    }
}
