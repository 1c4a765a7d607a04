namespace Gongkai.PdfCorpus;

/// <summary>One PDF of the corpus: how it is made, as its manifest row records it.</summary>
/// <param name="Stem">The file name without extension (<c>raw/STEM.pdf</c>, <c>truth/STEM.json</c>).</param>
/// <param name="Producer">Which program prints it (<see cref="Producers"/>).</param>
/// <param name="Source">The report it prints (a sample, a shared corpus report, or a shared corpus text page).</param>
/// <param name="PageClass">What the page holds besides the report's own layout (<see cref="PageClasses"/>).</param>
/// <param name="TableStyle">How its tables are drawn (<see cref="TableStyles"/>).</param>
/// <param name="PageSize">The paper (<see cref="PageSizes"/>).</param>
/// <param name="Font">The CJK font its text is set in (<see cref="Fonts"/>).</param>
public sealed record CorpusItem(string Stem, string Producer, string Source, string PageClass, string TableStyle, string PageSize, string Font)
{
    /// <summary>The manifest's header row; the columns <c>gongkai eval</c> groups by.</summary>
    public const string ManifestHeader = "file,producer,source,class,table,page,font";

    /// <summary>This item's manifest row.</summary>
    public string ManifestRow => $"{Stem}.pdf,{Producer},{Source},{PageClass},{TableStyle},{PageSize},{Font}";
}
