using Gongkai.Core.Model;

namespace Gongkai.Core.Templates;

/// <summary>The two editions of the format.</summary>
public static class ReportTemplates
{
    /// <summary>The 2019 format (reports on 2019 and 2020).</summary>
    public static ReportTemplate V2019 { get; } =
        new(TemplateVersion.V2019, ProactiveTemplate.V2019, RequestsTemplate.For(TemplateVersion.V2019), AppealsTemplate.Table);

    /// <summary>The 2021 format (reports on 2021 and later).</summary>
    public static ReportTemplate V2021 { get; } =
        new(TemplateVersion.V2021, ProactiveTemplate.V2021, RequestsTemplate.For(TemplateVersion.V2021), AppealsTemplate.Table);

    /// <summary>The template of <paramref name="version"/>.</summary>
    public static ReportTemplate For(TemplateVersion version) => version == TemplateVersion.V2019 ? V2019 : V2021;
}
