namespace Gongkai.Store;

/// <summary>The orders 报告列表 offers.</summary>
public enum ReportSort
{
    /// <summary>Region, unit, agency, year (the order of every listing and export).</summary>
    Region,

    /// <summary>Newest year first.</summary>
    YearDescending,

    /// <summary>By agency name.</summary>
    Name,

    /// <summary>Most errors first, then most warnings.</summary>
    ProblemsDescending,
}
