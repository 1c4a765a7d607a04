namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>One letter on a page, in display coordinates (points, origin bottom left, y up; PdfPig has applied the page's /Rotate).</summary>
public readonly record struct Glyph(string Value, double Left, double Bottom, double Right, double Top, double FontSize)
{
    /// <summary>The horizontal middle.</summary>
    public double CenterX => (Left + Right) / 2;

    /// <summary>The vertical middle.</summary>
    public double CenterY => (Bottom + Top) / 2;

    /// <summary>Top minus bottom.</summary>
    public double Height => Top - Bottom;

    /// <summary>Right minus left.</summary>
    public double Width => Right - Left;
}
