using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>
/// Finds a page's ruling lines: stroked axis-aligned segments (including the edges of stroked rectangles) and
/// thin filled rectangles, which is how Word, WPS and LibreOffice draw table borders.
/// </summary>
internal static class RulingExtractor
{
    public static List<Ruling> Extract(Page page, int maxSegments, RulingOptions? options = null)
    {
        options ??= RulingOptions.Default;
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                if (rulings.Count >= maxSegments)
                {
                    return rulings;
                }

                if (path.IsStroked)
                {
                    AddStrokes(subpath, rulings, options);
                }
                else if (path.IsFilled && subpath.GetBoundingRectangle() is { } bounds)
                {
                    AddThinRectangle(bounds, rulings, options);
                }
            }
        }

        return rulings;
    }

    private static void AddStrokes(PdfSubpath subpath, List<Ruling> rulings, RulingOptions options)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, rulings, options);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && current is { } last:
                    Add(last, first, rulings, options);
                    current = first;
                    break;
            }
        }
    }

    private static void AddThinRectangle(PdfRectangle bounds, List<Ruling> rulings, RulingOptions options)
    {
        var box = new Box(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top);
        var width = box.Right - box.Left;
        var height = box.Top - box.Bottom;
        if (height <= options.MaxThickness && width >= options.MinLength)
        {
            rulings.Add(new Ruling(true, (box.Bottom + box.Top) / 2, box.Left, box.Right));
        }
        else if (width <= options.MaxThickness && height >= options.MinLength)
        {
            rulings.Add(new Ruling(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<Ruling> rulings, RulingOptions options)
    {
        var (x1, y1) = (from.X, from.Y);
        var (x2, y2) = (to.X, to.Y);
        if (Math.Abs(y1 - y2) <= options.AxisTolerance && Math.Abs(x1 - x2) >= options.MinLength)
        {
            rulings.Add(new Ruling(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        }
        else if (Math.Abs(x1 - x2) <= options.AxisTolerance && Math.Abs(y1 - y2) >= options.MinLength)
        {
            rulings.Add(new Ruling(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
        }
    }
}
