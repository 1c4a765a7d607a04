namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>One letter on a page, in display coordinates (points, origin bottom left, y up; PdfPig has applied the page's /Rotate).</summary>
internal readonly record struct Glyph(string Value, double Left, double Bottom, double Right, double Top, double FontSize)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    public double Height => Top - Bottom;

    public double Width => Right - Left;
}
