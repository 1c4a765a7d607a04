using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Reporting.FillIn;

/// <summary>
/// The fill-in workbook's cell formats. Inputs are unlocked and tinted yellow, formulas tinted blue; everything else
/// stays locked once the sheet is protected. Fonts follow the printed report: 小标宋 title, 黑体 headings, 仿宋 text,
/// 宋体 tables.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Heading = 2;
    public const uint Text = 3;
    public const uint TextInput = 4;
    public const uint Label = 5;
    public const uint CountInput = 6;
    public const uint MoneyInput = 7;
    public const uint ChangeInput = 8;
    public const uint Formula = 9;
    public const uint Note = 10;
    public const uint SignatureInput = 11;
    public const uint ChangeFormula = 12;

    public const double TitlePoints = 18;
    public const double HeadingPoints = 14;
    public const double TextPoints = 12;
    public const double TablePoints = 10;
    public const double NotePoints = 9;

    private const uint ChangeFormat = 164;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font("宋体", 11),
            Font("方正小标宋简体", TitlePoints),
            Font("黑体", HeadingPoints),
            Font("仿宋_GB2312", TextPoints),
            Font("宋体", TablePoints),
            Font("宋体", NotePoints, color: "FF666666"));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFF2CC"), // inputs
            Solid("FFDDEBF7")); // formulas
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new RightBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new TopBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Auto = true } },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        var formats = new CellFormats(
            Format(0, 0, 0, 0, null, locked: true),
            Format(1, 0, 0, 0, HorizontalAlignmentValues.Center, locked: false),
            Format(2, 0, 0, 0, HorizontalAlignmentValues.Left, locked: true),
            Format(3, 0, 0, 0, HorizontalAlignmentValues.Justify, locked: true, top: true),
            Format(3, 2, 0, 0, HorizontalAlignmentValues.Justify, locked: false, top: true),
            Format(4, 0, 1, 0, HorizontalAlignmentValues.Center, locked: true),
            Format(4, 2, 1, 1, HorizontalAlignmentValues.Center, locked: false),
            Format(4, 2, 1, 0, HorizontalAlignmentValues.Center, locked: false),
            Format(4, 2, 1, ChangeFormat, HorizontalAlignmentValues.Center, locked: false),
            Format(4, 3, 1, 0, HorizontalAlignmentValues.Center, locked: true),
            Format(5, 0, 0, 0, HorizontalAlignmentValues.Left, locked: true),
            Format(3, 2, 0, 0, HorizontalAlignmentValues.Right, locked: false),
            Format(4, 3, 1, ChangeFormat, HorizontalAlignmentValues.Center, locked: true));
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = ChangeFormat, FormatCode = "+0;-0;0" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat()),
            formats);
    }

    private static Font Font(string name, double size, string? color = null)
    {
        var font = new Font(new FontSize { Val = size });
        if (color is not null)
        {
            font.Append(new Color { Rgb = color });
        }

        font.Append(new FontName { Val = name }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, bool locked, bool top = false)
    {
        var format = new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            NumberFormatId = numberFormat,
            ApplyFont = true,
            ApplyFill = fill > 0,
            ApplyBorder = border > 0,
            ApplyNumberFormat = numberFormat > 0,
            ApplyAlignment = true,
            ApplyProtection = true,
        };
        format.Append(new Alignment
        {
            Horizontal = horizontal,
            Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center,
            WrapText = true,
        });
        format.Append(new Protection { Locked = locked });
        return format;
    }
}
