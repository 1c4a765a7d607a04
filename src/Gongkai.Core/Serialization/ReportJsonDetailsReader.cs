using System.Text.Json;
using Gongkai.Core.Model;

namespace Gongkai.Core.Serialization;

/// <summary>Reads the optional keys: sections, narrative figures, input, provenance, boxes, inferred and ambiguous cells.</summary>
internal static class ReportJsonDetailsReader
{
    /// <summary>
    /// How each cell a layout rule fixed was obtained, by its dotted path: the <c>inferred</c> values' rule and
    /// reason, and the <c>ambiguous</c> blank cells' with their candidates.
    /// </summary>
    public static IReadOnlyDictionary<string, CellInference> Inferences(JsonElement root)
    {
        var result = new Dictionary<string, CellInference>(StringComparer.Ordinal);
        foreach (var name in new[] { "inferred", "ambiguous" })
        {
            if (!root.TryGetProperty(name, out var cells) || cells.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var cell in cells.EnumerateObject().Where(c => c.Value.ValueKind == JsonValueKind.Object))
            {
                var candidates = cell.Value.TryGetProperty("candidates", out var list) && list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDecimal()).ToList()
                    : [];
                result[cell.Name] = new CellInference(String(cell.Value, "rule") ?? "", String(cell.Value, "reason") ?? "") { Candidates = candidates };
            }
        }

        return result;
    }

    public static IReadOnlyList<ReportSection> ReadSections(JsonElement root, string? file)
    {
        if (!root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var result = new List<ReportSection>();
        foreach (var section in sections.EnumerateObject())
        {
            if (!SectionKindExtensions.TryParse(section.Name, out var kind))
            {
                continue;
            }

            result.Add(new ReportSection
            {
                Kind = kind,
                Heading = String(section.Value, "heading") ?? kind.ToHeading(),
                Text = String(section.Value, "text") ?? "",
                Source = SourceRef.ParseCompact(String(section.Value, "source"), file),
            });
        }

        return result;
    }

    public static IReadOnlyList<NarrativeFigure> ReadNarrative(JsonElement root, string? file)
    {
        if (!root.TryGetProperty("narrative", out var figures) || figures.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = new List<NarrativeFigure>();
        foreach (var figure in figures.EnumerateArray())
        {
            if (NarrativeFigureKindExtensions.TryParse(String(figure, "kind"), out var kind) &&
                figure.TryGetProperty("value", out var value) && value.TryGetInt32(out var number))
            {
                result.Add(new NarrativeFigure
                {
                    Kind = kind,
                    Value = number,
                    Text = String(figure, "text") ?? "",
                    Source = SourceRef.ParseCompact(String(figure, "source"), file) with { Box = figure.TryGetProperty("box", out var box) ? Box(box) : null },
                });
            }
        }

        return result;
    }

    public static ReportInput? ReadInput(JsonElement root)
    {
        if (!root.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ReportInput
        {
            File = String(input, "file") ?? "",
            Format = String(input, "format") ?? "",
            Encoding = String(input, "encoding"),
            Sha256 = String(input, "sha256"),
        };
    }

    /// <summary>Every cell's source by its dotted path: its <c>provenance</c>, with its box from <c>boxes</c> when it has one.</summary>
    public static IReadOnlyDictionary<string, SourceRef> Provenance(JsonElement root, string? file)
    {
        var result = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        if (root.TryGetProperty("provenance", out var provenance) && provenance.ValueKind == JsonValueKind.Object)
        {
            var boxes = root.TryGetProperty("boxes", out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
            foreach (var entry in provenance.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    var source = SourceRef.ParseCompact(entry.Value.GetString(), file);
                    result[entry.Name] = boxes.ValueKind == JsonValueKind.Object && boxes.TryGetProperty(entry.Name, out var box) && Box(box) is { } b
                        ? source with { Box = b }
                        : source;
                }
            }
        }

        return result;
    }

    // [x0, y0, x1, y1]; anything else (a hand-edited file) is no box rather than an error.
    private static SourceBox? Box(JsonElement box)
    {
        if (box.ValueKind != JsonValueKind.Array || box.GetArrayLength() != 4 || box.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            return null;
        }

        var v = box.EnumerateArray().Select(e => e.GetDouble()).ToArray();
        return new SourceBox(v[0], v[1], v[2], v[3]);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
