using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reporting.Docx;

/// <summary>
/// The paragraph styles of a 公文-style report (<c>word/styles.xml</c>), sized and spaced after GB/T 9704 — 党政机关公文格式:
/// title 二号 小标宋 centred, first-level headings 三号 黑体, body 三号 仿宋 on a 22-line page, tables 五号 宋体,
/// page numbers 四号 宋体.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The body's style id (the default paragraph style).</summary>
    public const string Body = "Normal";

    /// <summary>The title's style id.</summary>
    public const string Title = "Title";

    /// <summary>The section headings' style id; its outline level makes them headings for readers and the navigation pane.</summary>
    public const string Heading = "Heading1";

    /// <summary>The style id of text in table cells.</summary>
    public const string TableText = "TableText";

    /// <summary>The style id of text in the cells of a table with many columns (tables 三 and 四).</summary>
    public const string DenseTableText = "TableTextSmall";

    /// <summary>The page numbers' style id.</summary>
    public const string Footer = "Footer";

    /// <summary>二号, 22 pt, in half-points.</summary>
    public const int TitleSize = 44;

    /// <summary>三号, 16 pt, in half-points.</summary>
    public const int BodySize = 32;

    /// <summary>五号, 10.5 pt, in half-points.</summary>
    public const int TableSize = 21;

    /// <summary>小五, 9 pt, in half-points.</summary>
    public const int DenseTableSize = 18;

    /// <summary>四号, 14 pt, in half-points.</summary>
    public const int FooterSize = 28;

    /// <summary>
    /// The body's line pitch in twips: 28.95 pt puts 22 lines on the 225 mm type area, as GB/T 9704 §5.2.3 asks
    /// (一般每面排22行，每行排28个字).
    /// </summary>
    public const int LinePitch = 579;

    /// <summary>Two characters of the body, the first-line indent of paragraphs and headings, in twips.</summary>
    public const int TwoCharacters = 2 * BodySize * 10;

    /// <summary>The styles part's root.</summary>
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(DocxFonts.Body),
                new FontSize { Val = Value(BodySize) },
                new FontSizeComplexScript { Val = Value(BodySize) },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new WidowControl()))),
        Paragraph(Body, "Normal", null, isDefault: true,
            new ParagraphProperties(
                new SpacingBetweenLines { Line = Value(LinePitch), LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = Value(TwoCharacters), FirstLineChars = 200 },
                new Justification { Val = JustificationValues.Both }),
            new RunProperties()),
        Paragraph(Title, "Title", Body, isDefault: false,
            // One blank body line between the title and the text (GB/T 9704 §7.3.2: the text starts one line below the title).
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { After = Value(LinePitch), Line = "700", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new RunProperties(Fonts(DocxFonts.Title), new FontSize { Val = Value(TitleSize) }, new FontSizeComplexScript { Val = Value(TitleSize) })),
        Paragraph(Heading, "heading 1", Body, isDefault: false,
            new ParagraphProperties(new KeepNext(), new KeepLines(), new OutlineLevel { Val = 0 }),
            new RunProperties(Fonts(DocxFonts.Heading))),
        Paragraph(TableText, "Table Text", Body, isDefault: false,
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 },
                new Justification { Val = JustificationValues.Center }),
            new RunProperties(Fonts(DocxFonts.TableText), new FontSize { Val = Value(TableSize) }, new FontSizeComplexScript { Val = Value(TableSize) })),
        Paragraph(DenseTableText, "Table Text Small", TableText, isDefault: false,
            new ParagraphProperties(),
            new RunProperties(new FontSize { Val = Value(DenseTableSize) }, new FontSizeComplexScript { Val = Value(DenseTableSize) })),
        Paragraph(Footer, "footer", Body, isDefault: false,
            new ParagraphProperties(
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0", FirstLineChars = 0 }),
            // GB/T 9704 §7.5: 4号半角宋体阿拉伯数字.
            new RunProperties(
                new RunFonts { Ascii = DocxFonts.TableText, HighAnsi = DocxFonts.TableText, EastAsia = DocxFonts.TableText, ComplexScript = DocxFonts.TableText },
                new FontSize { Val = Value(FooterSize) },
                new FontSizeComplexScript { Val = Value(FooterSize) })));

    /// <summary>Latin text in <see cref="DocxFonts.Latin"/>, Chinese in <paramref name="eastAsia"/>.</summary>
    public static RunFonts Fonts(string eastAsia) =>
        new() { Ascii = DocxFonts.Latin, HighAnsi = DocxFonts.Latin, ComplexScript = DocxFonts.Latin, EastAsia = eastAsia, Hint = FontTypeHintValues.EastAsia };

    /// <summary>A number as an attribute value.</summary>
    public static string Value(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, ParagraphProperties paragraph, RunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph.HasChildren)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }

        if (run.HasChildren)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }

        return style;
    }
}
