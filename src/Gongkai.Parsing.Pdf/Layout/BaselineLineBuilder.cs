namespace Gongkai.Parsing.Pdf.Layout;

/// <summary>Today's line builder: glyphs join the recent line whose band holds their middle (<see cref="LineBuilder"/>).</summary>
public sealed class BaselineLineBuilder : ILineBuilder
{
    /// <summary>A builder with the given thresholds.</summary>
    public BaselineLineBuilder(LineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The builder with <see cref="LineOptions.Default"/>.</summary>
    public static BaselineLineBuilder Default { get; } = new(LineOptions.Default);

    /// <summary>The thresholds this builder and its lines use.</summary>
    public LineOptions Options { get; }

    /// <inheritdoc />
    public IReadOnlyList<GlyphLine> Build(IEnumerable<Glyph> glyphs) => LineBuilder.Build(glyphs, Options);
}
