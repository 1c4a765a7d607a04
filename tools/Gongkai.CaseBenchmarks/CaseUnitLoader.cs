using Gongkai.Store;
using Gongkai.Store.Cases;
using Gongkai.Store.Registry;

namespace Gongkai.CaseBenchmarks;

/// <summary>Stores a <see cref="GeneratedUnit"/>: the unit in the registry, its cases with their deadlines, its appeals.</summary>
public static class CaseUnitLoader
{
    /// <summary>The fictional unit the benchmark registers.</summary>
    public static RegisteredUnit Unit(string code) => new(code, "青川县应急管理局", "部门", "某某省/青川县", null, []);

    /// <summary>Registers the unit and inserts every case and appeal of <paramref name="unit"/>.</summary>
    public static void Load(ReportStore store, GeneratedUnit unit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(unit);
        store.ImportRegistry([Unit(unit.UnitCode)]);
        foreach (var c in unit.Cases)
        {
            if (store.Cases.Insert(c, unit.Due[c.Id], "基准测试").Outcome != CaseSaveOutcome.Saved)
            {
                throw new InvalidOperationException($"case {c.Id} was not inserted");
            }
        }

        foreach (var appeal in unit.Appeals)
        {
            store.Cases.InsertAppeal(appeal);
        }
    }
}
