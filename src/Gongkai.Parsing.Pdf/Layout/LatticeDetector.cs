namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Builds tables from ruling lines (the "lattice" strategy of tabula): segments that touch form one table; their
/// distinct x and y positions form a grid; adjacent grid positions with no ruling between them are one merged cell.
/// </summary>
internal static class LatticeDetector
{
    public static List<LatticeTable> Detect(IReadOnlyList<Ruling> rulings, LatticeOptions? options = null)
    {
        options ??= LatticeOptions.Default;
        var merged = Merge(rulings.Where(r => r.Horizontal), options.Tolerance).Concat(Merge(rulings.Where(r => !r.Horizontal), options.Tolerance)).ToList();
        var tables = new List<LatticeTable>();
        foreach (var component in Components(merged, options.Tolerance))
        {
            var horizontal = component.Where(r => r.Horizontal).ToList();
            var vertical = component.Where(r => !r.Horizontal).ToList();
            if (horizontal.Count < 2 || vertical.Count < 2)
            {
                continue;
            }

            // The outer edges come from where the segments end too: a table cut by a page break has no closing rule.
            var xs = Distinct(vertical.Select(r => r.Position).Append(horizontal.Min(r => r.Start)).Append(horizontal.Max(r => r.End)), options.MinCellSize).ToArray();
            var ys = Distinct(horizontal.Select(r => r.Position).Append(vertical.Min(r => r.Start)).Append(vertical.Max(r => r.End)), options.MinCellSize).Reverse().ToArray();
            if (xs.Length < 2 || ys.Length < 2 || xs.Length > options.MaxGridEdges || ys.Length > options.MaxGridEdges)
            {
                continue;
            }

            tables.Add(new LatticeTable(xs, ys, Owners(xs, ys, horizontal, vertical, options)));
        }

        return tables;
    }

    // Collinear segments (same position within the tolerance) that overlap or nearly touch become one.
    private static List<Ruling> Merge(IEnumerable<Ruling> segments, double tolerance)
    {
        var result = new List<Ruling>();
        var ordered = segments.OrderBy(s => s.Position).ToList();
        var i = 0;
        while (i < ordered.Count)
        {
            var end = i + 1;
            while (end < ordered.Count && ordered[end].Position - ordered[end - 1].Position <= tolerance / 2)
            {
                end++;
            }

            var position = ordered.Skip(i).Take(end - i).Average(s => s.Position);
            Ruling? open = null;
            foreach (var segment in ordered.Skip(i).Take(end - i).OrderBy(s => s.Start))
            {
                if (open is { } current && segment.Start <= current.End + tolerance)
                {
                    open = current with { End = Math.Max(current.End, segment.End) };
                }
                else
                {
                    if (open is { } done)
                    {
                        result.Add(done);
                    }

                    open = segment with { Position = position };
                }
            }

            result.Add(open!.Value);
            i = end;
        }

        return result;
    }

    // Groups of segments connected by crossings (union-find).
    private static IEnumerable<List<Ruling>> Components(List<Ruling> segments, double tolerance)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[i].Meets(segments[j], tolerance))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, segments.Count).GroupBy(Find).Select(g => g.Select(i => segments[i]).ToList());
    }

    private static IEnumerable<double> Distinct(IEnumerable<double> positions, double minCellSize)
    {
        var result = new List<double>();
        foreach (var position in positions.Order())
        {
            if (result.Count == 0 || position - result[^1] > minCellSize)
            {
                result.Add(position);
            }
        }

        return result;
    }

    // Each grid position's merged cell: positions are joined where no ruling separates them.
    private static (int, int)[,] Owners(double[] xs, double[] ys, List<Ruling> horizontal, List<Ruling> vertical, LatticeOptions options)
    {
        int rows = ys.Length - 1, columns = xs.Length - 1;
        var parent = new int[rows * columns];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var byX = ByEdge(vertical, xs, options.Tolerance);
        var byY = ByEdge(horizontal, ys, options.Tolerance);
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c + 1 < columns && !Covered(byX[c + 1], ys[r + 1], ys[r], options.EdgeCoverage))
                {
                    Union(r * columns + c, r * columns + c + 1);
                }

                if (r + 1 < rows && !Covered(byY[r + 1], xs[c], xs[c + 1], options.EdgeCoverage))
                {
                    Union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }

        var owners = new (int, int)[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var root = Find(r * columns + c);
                owners[r, c] = (root / columns, root % columns);
            }
        }

        return owners;
    }

    // The rulings lying on each grid edge, so that checking an edge does not scan every ruling of the table.
    private static List<Ruling>[] ByEdge(List<Ruling> rulings, double[] edges, double tolerance)
    {
        var result = edges.Select(_ => new List<Ruling>()).ToArray();
        foreach (var ruling in rulings)
        {
            for (var i = 0; i < edges.Length; i++)
            {
                if (Math.Abs(ruling.Position - edges[i]) <= tolerance)
                {
                    result[i].Add(ruling);
                }
            }
        }

        return result;
    }

    // Whether a ruling on this edge runs along most of [from, to].
    private static bool Covered(List<Ruling> rulings, double from, double to, double coverage)
    {
        var needed = (to - from) * coverage;
        foreach (var ruling in rulings)
        {
            if (Math.Min(ruling.End, to) - Math.Max(ruling.Start, from) >= needed)
            {
                return true;
            }
        }

        return false;
    }
}
