namespace Gongkai.Synthetic.Figures;

/// <summary>Maps a registry unit to the <see cref="UnitKind"/> that sets its magnitudes.</summary>
internal static class UnitKinds
{
    public static UnitKind Of(SyntheticUnit unit, IReadOnlyList<SyntheticUnit> units, IReadOnlyDictionary<string, int> index) => unit.Level switch
    {
        UnitLevels.Province => UnitKind.ProvinceGovernment,
        UnitLevels.City => UnitKind.CityGovernment,
        UnitLevels.County => unit.IsSummary ? UnitKind.CountySummary : UnitKind.Zone,
        UnitLevels.Town => UnitKind.Town,
        _ => units[index[unit.ParentCode!]].Level switch
        {
            UnitLevels.Province => UnitKind.ProvinceDepartment,
            UnitLevels.City => UnitKind.CityDepartment,
            _ => UnitKind.CountyDepartment,
        },
    };
}
