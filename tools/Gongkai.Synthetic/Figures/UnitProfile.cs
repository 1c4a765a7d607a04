namespace Gongkai.Synthetic.Figures;

/// <summary>A unit's lasting size, drawn once from the seed, around which its yearly figures vary.</summary>
/// <param name="Kind">What kind of body it is.</param>
/// <param name="Requests">Typical new requests a year.</param>
/// <param name="Scale">Multiplier of the table 二 magnitudes (documents, items, decisions, money).</param>
/// <param name="MakesRules">Whether it can make 规章 (the province and the cities).</param>
internal sealed record UnitProfile(UnitKind Kind, double Requests, double Scale, bool MakesRules)
{
    public static UnitProfile For(UnitKind kind, Random random) => kind switch
    {
        UnitKind.ProvinceGovernment => new(kind, Between(random, 300, 1200), 10, true),
        UnitKind.CityGovernment => new(kind, Between(random, 120, 600), 6, true),
        UnitKind.Zone => new(kind, Between(random, 5, 40), 1, false),
        UnitKind.ProvinceDepartment => new(kind, Between(random, 10, 60), 4, false),
        UnitKind.CityDepartment => new(kind, Between(random, 3, 50), 2, false),
        UnitKind.CountyDepartment => new(kind, Between(random, 1, 30), 1, false),
        UnitKind.Town => new(kind, Between(random, 0, 5), 0.2, false),
        _ => new(kind, 0, 0, false),
    };

    /// <summary>The most new requests a year the kind plausibly gets.</summary>
    public int MaxRequests => Kind switch
    {
        UnitKind.Town => 10,
        UnitKind.ProvinceDepartment or UnitKind.CityDepartment or UnitKind.CountyDepartment => 80,
        _ => int.MaxValue,
    };

    public static double Between(Random random, double low, double high) => low + (random.NextDouble() * (high - low));
}
