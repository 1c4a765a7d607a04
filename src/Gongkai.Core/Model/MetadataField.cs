namespace Gongkai.Core.Model;

/// <summary>The report's values outside its tables that have a place in the file (their canonical JSON names), as keys of <see cref="AnnualReport.MetadataSources"/> and of the JSON's <c>provenance</c> and <c>boxes</c>.</summary>
public static class MetadataField
{
    /// <summary>The agency (<see cref="AnnualReport.Agency"/>).</summary>
    public const string Agency = "agency";

    /// <summary>The year reported on (<see cref="AnnualReport.Year"/>).</summary>
    public const string Year = "year";

    /// <summary>The date of the signature (<see cref="AnnualReport.PublishedOn"/>).</summary>
    public const string PublishedOn = "publishedOn";

    /// <summary>Every field, in the JSON's order.</summary>
    public static IReadOnlyList<string> All { get; } = [Agency, Year, PublishedOn];
}
