namespace Gongkai.Core.Model;

/// <summary>Conversions between <see cref="TemplateVersion"/> and its canonical JSON string.</summary>
public static class TemplateVersionExtensions
{
    /// <summary>The canonical JSON value: <c>"2019"</c> or <c>"2021"</c>.</summary>
    public static string ToJsonValue(this TemplateVersion version) => version == TemplateVersion.V2019 ? "2019" : "2021";

    /// <summary>The Chinese name shown to users, e.g. <c>2021版</c>.</summary>
    public static string ToDisplayName(this TemplateVersion version) => version.ToJsonValue() + "版";

    /// <summary>Parses <c>"2019"</c> or <c>"2021"</c>.</summary>
    public static bool TryParse(string? value, out TemplateVersion version)
    {
        version = value == "2021" ? TemplateVersion.V2021 : TemplateVersion.V2019;
        return value is "2019" or "2021";
    }

    /// <summary>The format a report on <paramref name="year"/> must use: 2021 from the report on 2021 on.</summary>
    public static TemplateVersion RequiredFor(int year) => year >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019;
}
