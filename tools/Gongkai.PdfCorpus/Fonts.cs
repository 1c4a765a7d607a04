namespace Gongkai.PdfCorpus;

/// <summary>The CJK fonts of the corpus: Debian's fonts-noto-cjk, fonts-wqy-zenhei and fonts-arphic-uming.</summary>
public static class Fonts
{
    /// <summary>Every font: the manifest's short name and the family name fontconfig knows.</summary>
    public static IReadOnlyList<(string Name, string Family)> All { get; } =
    [
        ("noto-serif", "Noto Serif CJK SC"),
        ("wqy-zenhei", "WenQuanYi Zen Hei"),
        ("ar-pl-uming", "AR PL UMing CN"),
    ];

    /// <summary>The family of the font named <paramref name="name"/>.</summary>
    public static string Family(string name) => All.Single(f => f.Name == name).Family;
}
