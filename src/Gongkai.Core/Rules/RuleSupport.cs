using System.Globalization;
using Gongkai.Core.Model;

namespace Gongkai.Core.Rules;

/// <summary>Small helpers shared by the rules.</summary>
internal static class RuleSupport
{
    /// <summary>Formats a value as printed in the canonical JSON (no trailing zeros).</summary>
    public static string Format(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>The sum of the cells, or <see langword="null"/> when any is missing, blank or unreadable.</summary>
    public static decimal? SumOrNull(IEnumerable<Cell?> cells)
    {
        decimal sum = 0;
        foreach (var cell in cells)
        {
            if (cell?.Value is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    /// <summary>The template the report's tables follow, or the one its year requires when the tables do not say.</summary>
    public static TemplateVersion EffectiveTemplate(AnnualReport report) =>
        report.Template ?? (report.Year is { } year ? TemplateVersionExtensions.RequiredFor(year) : TemplateVersion.V2021);
}
