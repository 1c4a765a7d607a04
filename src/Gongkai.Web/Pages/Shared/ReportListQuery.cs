using System.Globalization;
using Gongkai.Application.Reports;
using Gongkai.Store;

namespace Gongkai.Web.Pages.Shared;

/// <summary>The list's filters as the query string carries them (so a view can be linked and paged).</summary>
public sealed class ReportListQuery
{
    public string? Region { get; set; }

    public int? Year { get; set; }

    public string? Status { get; set; }

    public string? Name { get; set; }

    /// <summary><c>published</c>, <c>unpublished</c> or empty for both.</summary>
    public string? Publication { get; set; }

    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    internal ListReportsOptions ToOptions(AccessScope scope) => new()
    {
        Scope = scope,
        Region = Region,
        Year = Year,
        Status = ReportStatusNames.Parse(Status),
        Name = Name,
        Published = Rendering.PublicationNames.Parse(Publication),
        Sort = ReportStatusNames.ParseSort(Sort),
        Page = Page,
    };

    /// <summary>The query string of this view at another page.</summary>
    public string AtPage(int page)
    {
        var parts = new List<string>();
        Add(parts, "region", Region);
        Add(parts, "year", Year?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "status", Status);
        Add(parts, "name", Name);
        Add(parts, "publication", Publication);
        Add(parts, "sort", Sort);
        Add(parts, "page", page.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
    }
}
