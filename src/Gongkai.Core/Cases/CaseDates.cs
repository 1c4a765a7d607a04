using System.Globalization;

namespace Gongkai.Core.Cases;

/// <summary>How a date is written in the case module's messages.</summary>
internal static class CaseDates
{
    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
