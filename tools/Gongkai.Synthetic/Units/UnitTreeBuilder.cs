namespace Gongkai.Synthetic.Units;

/// <summary>Builds the province's units in registry order: each government, then its departments, then the governments under it.</summary>
internal static class UnitTreeBuilder
{
    public static IReadOnlyList<SyntheticUnit> Build(ProvinceLayout layout)
    {
        var units = new List<SyntheticUnit>();
        var province = UnitNames.Province;
        var root = new SyntheticUnit(UnitNames.ProvinceCode, province + "人民政府", UnitLevels.Province, province, null, [province + "政府"], false);
        units.Add(root);
        AddDepartments(units, root, layout.ProvinceDepartments, province, d => d.ProvinceName, aliasPrefix: null);

        var county = 0;
        for (var c = 0; c < layout.Cities; c++)
        {
            var (cityName, cityCode) = UnitNames.Cities[c];
            var cityRegion = $"{province}/{cityName}";
            var city = new SyntheticUnit($"{root.Code}-{cityCode}", cityName + "人民政府", UnitLevels.City, cityRegion, root.Code, [cityName + "政府"], false);
            units.Add(city);
            AddDepartments(units, city, layout.CityDepartments, cityName, d => d.LocalName, aliasPrefix: null);
            if (c < layout.Zones)
            {
                // Development zones exercise name matching: the short 管委会 alias is what many portals print.
                var (zoneCode, zoneName, zoneAlias) = UnitNames.Zones[c % UnitNames.Zones.Count];
                var stem = cityName[..^1];
                units.Add(new SyntheticUnit($"{city.Code}-{zoneCode}", stem + zoneName, UnitLevels.County, $"{cityRegion}/{stem}{zoneName[..zoneName.IndexOf('区', StringComparison.Ordinal)]}区",
                    city.Code, [stem + zoneAlias], false));
            }

            for (var k = 0; k < layout.CountiesPerCity; k++, county++)
            {
                AddCounty(units, layout, city, cityName, county);
            }
        }

        return units;
    }

    private static void AddCounty(List<SyntheticUnit> units, ProvinceLayout layout, SyntheticUnit city, string cityName, int index)
    {
        var (name, code) = UnitNames.Counties[index];
        var region = $"{city.Region}/{name}";
        var government = new SyntheticUnit($"{city.Code}-{code}", $"{cityName}{name}人民政府", UnitLevels.County, region, city.Code,
            [name + "人民政府", name + "政府"], IsSummary: true);
        units.Add(government);
        AddDepartments(units, government, layout.CountyDepartments, cityName + name, d => d.LocalName, aliasPrefix: name);
        for (var t = 0; t < layout.TownsPerCounty[index]; t++)
        {
            var stems = UnitNames.TownStems;
            var stem = new string('新', t / stems.Count) + stems[t % stems.Count];
            var kind = UnitNames.TownKinds[(t + index) % UnitNames.TownKinds.Count];
            var town = stem + kind;
            var body = kind == "街道" ? "办事处" : "人民政府";
            units.Add(new SyntheticUnit($"{government.Code}-Z{t + 1:D2}", $"{cityName}{name}{town}{body}", UnitLevels.Town, $"{region}/{town}", government.Code,
                [$"{name}{town}{body}"], false));
        }
    }

    private static void AddDepartments(List<SyntheticUnit> units, SyntheticUnit government, int count, string prefix,
        Func<(string Code, string ProvinceName, string LocalName), string> name, string? aliasPrefix)
    {
        for (var d = 0; d < count; d++)
        {
            var department = UnitNames.Departments[d];
            var full = prefix + name(department);
            IReadOnlyList<string> aliases = aliasPrefix is null ? [] : [aliasPrefix + name(department)];
            units.Add(new SyntheticUnit($"{government.Code}-{department.Code}", full, UnitLevels.Department, government.Region, government.Code, aliases, false));
        }
    }
}
