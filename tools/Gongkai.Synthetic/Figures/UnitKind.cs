namespace Gongkai.Synthetic.Figures;

/// <summary>What sets a unit's magnitudes: a town handles 0–10 requests a year, a county department up to 80, a province thousands.</summary>
internal enum UnitKind
{
    ProvinceGovernment,
    CityGovernment,
    CountySummary,
    Zone,
    ProvinceDepartment,
    CityDepartment,
    CountyDepartment,
    Town,
}
