using System.Globalization;
using Gongkai.Store.Registry;

namespace Gongkai.Store.Importing;

/// <summary>
/// What makes two files versions of one report: the same registered unit and year; without a registry match, the
/// same normalised agency name and year; without a name or a year, nothing (each file is its own report).
/// </summary>
public static class ReportIdentity
{
    /// <summary>The identity string stored in <c>reports.identity</c>.</summary>
    public static string Of(RegisteredUnit? unit, string agencyKey, int? year, string fileSha256)
    {
        ArgumentNullException.ThrowIfNull(agencyKey);
        if (year is not { } y)
        {
            return $"file:{fileSha256}";
        }

        var yearText = y.ToString(CultureInfo.InvariantCulture);
        if (unit is not null)
        {
            return $"unit:{unit.Code}/{yearText}";
        }

        return agencyKey.Length > 0 ? $"name:{agencyKey}/{yearText}" : $"file:{fileSha256}";
    }
}
