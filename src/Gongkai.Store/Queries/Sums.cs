using Gongkai.Store.Database;

namespace Gongkai.Store.Queries;

/// <summary>Running sums per cell id: integers stay integers (exact and fast), fractions are summed as decimal.</summary>
internal sealed class Sums
{
    private long[] _integers = new long[512];
    private decimal[] _decimals = new decimal[512];
    private int[] _reporting = new int[512];
    private int[] _blank = new int[512];

    public void Add(int cell, long value)
    {
        Grow(cell);
        _reporting[cell]++;
        _integers[cell] += value;
    }

    public void Add(int cell, decimal value)
    {
        Grow(cell);
        _reporting[cell]++;
        _decimals[cell] += value;
    }

    public void Add(Sums other)
    {
        Grow(other._reporting.Length - 1);
        for (var cell = 0; cell < other._reporting.Length; cell++)
        {
            _integers[cell] += other._integers[cell];
            _decimals[cell] += other._decimals[cell];
            _reporting[cell] += other._reporting[cell];
            _blank[cell] += other._blank[cell];
        }
    }

    public void AddBlank(int cell)
    {
        Grow(cell);
        _blank[cell]++;
    }

    /// <summary>These sums as what <see cref="PackedCells.Unpack"/> adds cells to.</summary>
    public Sink AsSink() => new(this);

    public IEnumerable<CellTotal> Totals(CellCatalog catalog)
    {
        for (var cell = 0; cell < _reporting.Length; cell++)
        {
            if (_reporting[cell] + _blank[cell] > 0)
            {
                yield return new CellTotal(catalog.Key(cell), Values.Normalize(_integers[cell] + _decimals[cell]), _reporting[cell], _blank[cell]);
            }
        }
    }

    private void Grow(int cell)
    {
        if (cell < _reporting.Length)
        {
            return;
        }

        var size = Math.Max(cell + 1, _reporting.Length * 2);
        Array.Resize(ref _integers, size);
        Array.Resize(ref _decimals, size);
        Array.Resize(ref _reporting, size);
        Array.Resize(ref _blank, size);
    }

    /// <summary>A struct over the sums, so that <see cref="PackedCells.Unpack"/> calls them directly (inlined), not through the interface.</summary>
    internal readonly struct Sink(Sums sums) : IPackedCellSink
    {
        public void Number(int cell, long value) => sums.Add(cell, value);

        public void Number(int cell, decimal value) => sums.Add(cell, value);

        // Blank, unreadable, or a number stored without its value: not a number printed, as ever.
        public void NoNumber(int cell, int state) => sums.AddBlank(cell);
    }
}
