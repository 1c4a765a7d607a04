namespace Gongkai.Synthetic.Units;

/// <summary>How many units of each kind make a province of about <c>units</c> units.</summary>
/// <remarks>
/// Fixed parts (province, cities, their departments, development zones) grow slowly with the size; the rest is
/// spread over the counties, half departments (up to ten) and the remainder towns and streets, so the total is exact.
/// </remarks>
internal sealed record ProvinceLayout(int Cities, int CountiesPerCity, int ProvinceDepartments, int CityDepartments, int Zones, int CountyDepartments, int[] TownsPerCounty)
{
    public static ProvinceLayout For(int units)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 40);
        var cities = Math.Clamp(units / 125, 1, UnitNames.Cities.Count);
        var countiesPerCity = Math.Clamp(units / (cities * 25), 1, UnitNames.Counties.Count / cities);
        var provinceDepartments = Math.Clamp(units / 55, 2, UnitNames.Departments.Count);
        var cityDepartments = Math.Clamp(units / 80, 2, UnitNames.Departments.Count);
        var zones = Math.Clamp(units / 300, 1, Math.Min(cities, UnitNames.Zones.Count));
        var counties = cities * countiesPerCity;
        var rest = units - (1 + provinceDepartments + zones + cities * (1 + cityDepartments));
        var perCounty = rest / counties;
        var countyDepartments = Math.Clamp((perCounty - 1) / 2, 1, Math.Min(10, UnitNames.Departments.Count));
        var towns = new int[counties];
        var townTotal = rest - counties * (1 + countyDepartments);
        for (var i = 0; i < counties; i++)
        {
            towns[i] = townTotal / counties + (i < townTotal % counties ? 1 : 0);
        }

        return new ProvinceLayout(cities, countiesPerCity, provinceDepartments, cityDepartments, zones, countyDepartments, towns);
    }
}
