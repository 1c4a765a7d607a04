using System.Text.Json;
using Gongkai.Core.Model;

namespace Gongkai.Core.Serialization;

/// <summary>Reads the optional keys: sections, narrative figures, input and provenance.</summary>
internal static class ReportJsonDetailsReader
{
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
                    Source = SourceRef.ParseCompact(String(figure, "source"), file),
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

    public static IReadOnlyDictionary<string, string> Provenance(JsonElement root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("provenance", out var provenance) && provenance.ValueKind == JsonValueKind.Object)
        {
            foreach (var entry in provenance.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String)
                {
                    result[entry.Name] = entry.Value.GetString()!;
                }
            }
        }

        return result;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
