namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Maps user-space points of a page to display coordinates, applying the page's /Rotate (a multiple of 90° clockwise).</summary>
internal readonly struct PageTransform
{
    private readonly int _rotation;
    private readonly double _width;
    private readonly double _height;

    public PageTransform(int rotation, double width, double height)
    {
        _rotation = ((rotation % 360) + 360) % 360;
        _width = width;
        _height = height;
    }

    /// <summary>The displayed width (the height of the unrotated page when turned by 90° or 270°).</summary>
    public double DisplayWidth => _rotation is 90 or 270 ? _height : _width;

    /// <summary>The displayed height.</summary>
    public double DisplayHeight => _rotation is 90 or 270 ? _width : _height;

    public (double X, double Y) Apply(double x, double y) => _rotation switch
    {
        90 => (y, _width - x),
        180 => (_width - x, _height - y),
        270 => (_height - y, x),
        _ => (x, y),
    };

    /// <summary>The display box of a user-space box.</summary>
    public Box Apply(Box box) => Apply(box.Left, box.Bottom, box.Right, box.Top);

    /// <summary>The display box of a user-space rectangle given by two corners.</summary>
    public Box Apply(double left, double bottom, double right, double top)
    {
        var (x1, y1) = Apply(left, bottom);
        var (x2, y2) = Apply(right, top);
        return new Box(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }
}
