using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// The fonts of a 公文-style report and the font table (<c>word/fontTable.xml</c>) that tells a word processor
/// lacking one what to put in its place.
/// </summary>
/// <remarks>
/// The 党政机关公文格式 (GB/T 9704) sets the title in 小标宋 and the body in 仿宋; agencies' own files name
/// 方正小标宋简体 and 仿宋_GB2312, which are not installed everywhere. Word and WPS substitute a missing font by the
/// table's alternative name, then by its PANOSE class, character set (86 = GB2312) and family, so each entry names a
/// font that ships with Chinese Windows as the alternative and the PANOSE of the Song (宋) or Hei (黑) face it
/// resembles. LibreOffice ignores the table and asks fontconfig (see docs/rendering-layout.md).
/// </remarks>
internal static class DocxFonts
{
    /// <summary>The title's font: 小标宋 (GB/T 9704 §7.3.1).</summary>
    public const string Title = "方正小标宋简体";

    /// <summary>The first-level headings' font: 黑体 (GB/T 9704 §7.3.3).</summary>
    public const string Heading = "黑体";

    /// <summary>The body's font: 仿宋 (GB/T 9704 §7.3.3).</summary>
    public const string Body = "仿宋_GB2312";

    /// <summary>The tables' and page numbers' font: 宋体 (GB/T 9704 §7.5 prints page numbers in 宋体).</summary>
    public const string TableText = "宋体";

    /// <summary>Latin letters and digits.</summary>
    public const string Latin = "Times New Roman";

    private const string SongPanose = "02010600030101010101";

    /// <summary>The font table listing every font the document uses.</summary>
    public static Fonts FontTable() => new(
        Entry(Title, "方正小标宋_GBK", SongPanose, FontFamilyValues.Roman, "00000001", "080E0000", "00000010", "00040000"),
        Entry(Heading, "SimHei", "02010609060101010101", FontFamilyValues.Swiss, "800002BF", "38CF7CFA", "00000016", "00040001"),
        Entry(Body, "仿宋", "02010609030101010101", FontFamilyValues.Roman, "00000001", "080E0000", "00000010", "00040000"),
        Entry(TableText, "SimSun", SongPanose, FontFamilyValues.Roman, "00000003", "288F0000", "00000016", "00040001"),
        Entry(Latin, null, "02020603050405020304", FontFamilyValues.Roman, "E0002EFF", "C000785B", "00000009", "000001FF", charset: "00"));

    private static Font Entry(string name, string? alternative, string panose, FontFamilyValues family, string usb0, string usb1, string usb2, string csb0, string charset = "86")
    {
        var font = new Font { Name = name };
        if (alternative is not null)
        {
            font.Append(new AltName { Val = alternative });
        }

        font.Append(
            new Panose1Number { Val = panose },
            new FontCharSet { Val = charset },
            new FontFamily { Val = family },
            new Pitch { Val = FontPitchValues.Variable },
            new FontSignature { UnicodeSignature0 = usb0, UnicodeSignature1 = usb1, UnicodeSignature2 = usb2, UnicodeSignature3 = "00000000", CodePageSignature0 = csb0, CodePageSignature1 = "00000000" });
        return font;
    }
}
