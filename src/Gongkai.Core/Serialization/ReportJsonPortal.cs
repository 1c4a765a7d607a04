using System.Globalization;
using System.Text.Json;
using Gongkai.Core.Model;

namespace Gongkai.Core.Serialization;

/// <summary>The optional keys <c>pre2019Format</c> and <c>portal</c>, written only when they say something.</summary>
internal static class ReportJsonPortal
{
    private const string PublishedAtFormat = "yyyy-MM-dd'T'HH:mm";

    public static void Write(Utf8JsonWriter json, AnnualReport report)
    {
        if (report.Pre2019Format)
        {
            json.WriteBoolean("pre2019Format", true);
        }

        if (report.Portal is not { IsEmpty: false } portal)
        {
            return;
        }

        json.WriteStartObject("portal");
        WriteOptional(json, "title", portal.Title);
        WriteOptional(json, "publishedAt", portal.PublishedAt?.ToString(PublishedAtFormat, CultureInfo.InvariantCulture));
        WriteOptional(json, "publisher", portal.Publisher);
        WriteOptional(json, "url", portal.Url);
        json.WriteEndObject();
    }

    public static bool ReadPre2019Format(JsonElement root) =>
        root.TryGetProperty("pre2019Format", out var flag) && flag.ValueKind == JsonValueKind.True;

    public static PortalMetadata? ReadPortal(JsonElement root)
    {
        if (!root.TryGetProperty("portal", out var portal) || portal.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var publishedAt = Optional(portal, "publishedAt");
        return new PortalMetadata
        {
            Title = Optional(portal, "title"),
            PublishedAt = publishedAt is null ? null : DateTime.ParseExact(publishedAt, PublishedAtFormat, CultureInfo.InvariantCulture),
            Publisher = Optional(portal, "publisher"),
            Url = Optional(portal, "url"),
        };
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
