namespace Gongkai.PdfCorpus;

/// <summary>The papers of the corpus, as CSS <c>@page size</c> and as Word's section size in twips.</summary>
public static class PageSizes
{
    /// <summary>Every paper: name, CSS size, width and height in twips.</summary>
    public static IReadOnlyList<(string Name, string Css, int Width, int Height)> All { get; } =
    [
        ("A4", "A4", 11906, 16838),
        ("Letter", "letter", 12240, 15840),
        ("A3-landscape", "A3 landscape", 23811, 16838),
        ("B5", "B5", 9979, 14173),
    ];

    /// <summary>
    /// The papers a producer's page can ask for. LibreOffice 7.4's Writer/Web prints every HTML page on A4 whatever
    /// <c>@page size</c> says, and hangs on a long page asking for landscape: its pages are all A4.
    /// </summary>
    public static IReadOnlyList<(string Name, string Css, int Width, int Height)> For(string producer) =>
        producer == Producers.LibreOfficeWriterWeb ? [All[0]] : All;

    /// <summary>The paper named <paramref name="name"/>.</summary>
    public static (string Name, string Css, int Width, int Height) Of(string name) => All.Single(p => p.Name == name);
}
