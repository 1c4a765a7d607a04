using Gongkai.Application.Units;
using Gongkai.Store;

namespace Gongkai.Application.Tests.Units;

public sealed class ListUnitsTests : IDisposable
{
    private readonly SampleStore _samples = new();

    public void Dispose() => _samples.Dispose();

    [Fact]
    public void Lists_the_units_of_a_region_named_by_one_segment_of_its_path()
    {
        var listed = ListUnits.Run(_samples.Store, new UnitsOptions { Scope = AccessScope.All, Region = "芷岩县" });

        Assert.Equal(["QH-ZY", "QH-ZY-SJ", "QH-ZY-SL"], listed.Units.Select(u => u.Code));
    }

    [Fact]
    public void Lists_every_unit_without_a_region()
    {
        Assert.Equal(14, ListUnits.Run(_samples.Store, new UnitsOptions { Scope = AccessScope.All }).Units.Count);
    }
}
