using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gongkai.Synthetic.Files;

/// <summary>Writes <c>flaws.json</c>: an array of <c>{"unit", "year", "kind", "detail"}</c>, kinds by their <see cref="FlawKind"/> names.</summary>
internal static class FlawManifest
{
    public static void Write(IEnumerable<SyntheticFlaw> flaws, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var flaw in flaws)
        {
            json.WriteStartObject();
            json.WriteString("unit", flaw.UnitCode);
            json.WriteNumber("year", flaw.Year);
            json.WriteString("kind", flaw.Kind.ToString());
            json.WriteString("detail", flaw.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
